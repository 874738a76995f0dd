using Npgsql;
using NpgsqlTypes;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>The cast's shared teams, their members and projects (the sign-ups already made each person's own team).</summary>
public static class TeamSeeder
{
    public static async Task<List<SeededTeam>> SeedAsync(NpgsqlConnection db, IReadOnlyDictionary<string, Guid> userIds, DateTimeOffset start)
    {
        var teams = new List<SeededTeam>();
        var projects = new List<(Guid Id, Guid TeamId, string Name)>();
        using (var rows = BinaryCopy.Into(db, "teams", "id", "name", "created_at", "scheduling_weight"))
        {
            foreach (var cast in StudioCast.Teams)
            {
                var id = Guid.CreateVersion7(start);
                var projectIds = Enumerable.Range(1, StudioCast.ProjectsPerTeam).Select(_ => Guid.CreateVersion7(start)).ToList();
                projects.AddRange(projectIds.Select((p, i) => (p, id, $"{cast.Name} {i + 1}")));
                teams.Add(new SeededTeam(id, cast.Share, projectIds, [.. cast.Writers.Select(w => userIds[w])]));
                rows.StartRow();
                rows.Write(id, NpgsqlDbType.Uuid);
                rows.Write(cast.Name, NpgsqlDbType.Varchar);
                rows.Write(start, NpgsqlDbType.TimestampTz);
                rows.Write(1.0, NpgsqlDbType.Double);
            }
            await rows.CompleteAsync();
        }

        using (var rows = BinaryCopy.Into(db, "team_members", "team_id", "user_id", "role", "joined_at"))
        {
            foreach (var (cast, team) in StudioCast.Teams.Zip(teams))
            {
                foreach (var (person, role) in cast.Members)
                {
                    rows.StartRow();
                    rows.Write(team.Id, NpgsqlDbType.Uuid);
                    rows.Write(userIds[person], NpgsqlDbType.Uuid);
                    rows.Write(role.ToString(), NpgsqlDbType.Varchar);
                    rows.Write(start, NpgsqlDbType.TimestampTz);
                }
            }
            await rows.CompleteAsync();
        }

        using (var rows = BinaryCopy.Into(db, "projects", "id", "team_id", "name", "created_at"))
        {
            foreach (var (id, teamId, name) in projects)
            {
                rows.StartRow();
                rows.Write(id, NpgsqlDbType.Uuid);
                rows.Write(teamId, NpgsqlDbType.Uuid);
                rows.Write(name, NpgsqlDbType.Varchar);
                rows.Write(start, NpgsqlDbType.TimestampTz);
            }
            await rows.CompleteAsync();
        }
        return teams;
    }
}
