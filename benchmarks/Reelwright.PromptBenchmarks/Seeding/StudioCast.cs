using Reelwright.Data.Teams;

namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>
/// The seeded studio's people and teams: few, as in a real studio, so each query filters a realistic share of the
/// rows (the measured person sees two of the three teams' work, about 80% of all generations).
/// </summary>
public static class StudioCast
{
    /// <summary>Whom the benchmark signs in as.</summary>
    public const string MeasuredPerson = "Ada";

    public const string Password = "correct horse battery staple";

    /// <summary>
    /// An editor in the measured person's main team who rarely generates (about 1 in 1,000 of its clips): paging
    /// "clips by Ivy" is where a filter without its own index must walk most of the history to fill a page.
    /// </summary>
    public const string OccasionalPerson = "Ivy";

    public const double OccasionalShare = 0.001;

    public static readonly string[] People = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hal", OccasionalPerson];

    /// <param name="Share">Its share of the prompts and generations.</param>
    public static readonly CastTeam[] Teams =
    [
        new("Northwind Films", 0.5, [("Ada", TeamRole.Owner), ("Ben", TeamRole.Editor), ("Cleo", TeamRole.Editor), ("Dev", TeamRole.Editor), ("Eli", TeamRole.Viewer), (OccasionalPerson, TeamRole.Editor)]),
        new("Harbour Ads", 0.3, [("Ben", TeamRole.Owner), ("Ada", TeamRole.Editor), ("Fay", TeamRole.Editor), ("Gus", TeamRole.Editor)]),
        new("Lantern Shorts", 0.2, [("Hal", TeamRole.Owner), ("Eli", TeamRole.Editor), ("Fay", TeamRole.Editor), ("Cleo", TeamRole.Reviewer)]),
    ];

    public const int ProjectsPerTeam = 2;

    public static string EmailOf(string person) => $"{person.ToLowerInvariant()}@prompt-bench.test";
}

public sealed record CastTeam(string Name, double Share, IReadOnlyList<(string Person, TeamRole Role)> Members)
{
    /// <summary>Those who write prompts and generate day to day: editors and owners, but not the occasional one.</summary>
    public IReadOnlyList<string> Writers => [.. Members.Where(m => m.Role >= TeamRole.Editor && m.Person != StudioCast.OccasionalPerson).Select(m => m.Person)];
}
