namespace Reelwright.PromptBenchmarks.Seeding;

/// <summary>A prompt as the seeder plans it, before its rows are written.</summary>
public sealed record SeededPrompt(Guid Id, SeededTeam Team, Guid ProjectId, Guid AuthorId, string Visibility, DateTimeOffset CreatedAt, int Versions);
