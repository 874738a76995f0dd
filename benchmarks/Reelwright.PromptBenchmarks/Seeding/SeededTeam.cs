namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>A team as written to the database: its id, its projects' ids, and the user ids of those who write in it.</summary>
public sealed record SeededTeam(Guid Id, double Share, IReadOnlyList<Guid> ProjectIds, IReadOnlyList<Guid> WriterIds)
{
    public Guid AnyProject(Random random) => ProjectIds[random.Next(ProjectIds.Count)];

    public Guid AnyWriter(Random random) => WriterIds[random.Next(WriterIds.Count)];

    /// <summary>A team picked by its share of the work.</summary>
    public static SeededTeam PickByShare(IReadOnlyList<SeededTeam> teams, Random random)
    {
        var roll = random.NextDouble() * teams.Sum(t => t.Share);
        foreach (var team in teams)
        {
            if ((roll -= team.Share) < 0)
                return team;
        }
        return teams[^1];
    }
}
