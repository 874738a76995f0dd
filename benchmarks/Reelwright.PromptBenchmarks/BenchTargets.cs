using Npgsql;
using Reelwright.PromptBenchmarks.Seeding;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// What the measured requests ask for, read back from a seeded database (fresh or kept): the person signed in, the hot
/// prompt (the one with the most versions) and the approved-labelled prompts that person may see.
/// </summary>
/// <param name="OccasionalUserId">The seeded person who made few clips (see <see cref="StudioCast.OccasionalPerson"/>).</param>
public sealed record BenchTargets(SignedInPerson Person, Guid OccasionalUserId, Guid HotPromptId, int HotVersions, IReadOnlyList<Guid> LabelledPromptIds)
{
    private const int LabelledPromptsInTurn = 500;

    public static async Task<BenchTargets> ReadAsync(PromptStudio studio, HttpClient api)
    {
        var person = await CastAccounts.SignInAsync(api, StudioCast.MeasuredPerson);
        await using var db = await studio.OpenDatabaseAsync();
        await using var hot = new NpgsqlCommand("SELECT id, last_version FROM prompts ORDER BY last_version DESC, id LIMIT 1", db);
        Guid hotId;
        int hotVersions;
        await using (var row = await hot.ExecuteReaderAsync())
        {
            if (!await row.ReadAsync())
                throw new InvalidOperationException($"{studio.DatabaseName} has no prompts: seed it first (--seed-only).");
            (hotId, hotVersions) = (row.GetGuid(0), row.GetInt32(1));
        }

        // The same rule as StudioAccess: in one of the person's teams, and not someone else's private prompt.
        await using var labelled = new NpgsqlCommand("""
            SELECT p.id FROM prompts p JOIN prompt_labels l ON l.prompt_id = p.id AND l.name = 'approved'
            WHERE p.team_id IN (SELECT team_id FROM team_members WHERE user_id = @user) AND (p.visibility <> 'Private' OR p.author_id = @user)
            ORDER BY p.id LIMIT @limit
            """, db);
        labelled.Parameters.AddWithValue("user", person.UserId);
        labelled.Parameters.AddWithValue("limit", LabelledPromptsInTurn);
        var ids = new List<Guid>();
        await using (var row = await labelled.ExecuteReaderAsync())
        {
            while (await row.ReadAsync())
                ids.Add(row.GetGuid(0));
        }
        await using var occasional = new NpgsqlCommand("SELECT id FROM users WHERE email = @email", db);
        occasional.Parameters.AddWithValue("email", StudioCast.EmailOf(StudioCast.OccasionalPerson));
        var occasionalId = (Guid)(await occasional.ExecuteScalarAsync())!;
        return new BenchTargets(person, occasionalId, hotId, hotVersions, ids);
    }
}
