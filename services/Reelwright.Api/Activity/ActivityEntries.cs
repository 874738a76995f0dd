using Reelwright.Data.Activity;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Activity;

/// <summary>Feed entries about a generation, worded the same way wherever they are written.</summary>
public static class ActivityEntries
{
    private const int MaxSummaryLength = 500;

    public static ActivityEntry About(Generation generation, Guid? actorId, ActivityKind kind, Guid? subjectId, string summary, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ProjectId = generation.ProjectId,
        TeamId = generation.TeamId,
        ActorId = actorId,
        Kind = kind,
        GenerationId = generation.Id,
        SubjectId = subjectId,
        Summary = summary.Length > MaxSummaryLength ? summary[..MaxSummaryLength] : summary,
        CreatedAt = now,
    };

    /// <summary>"version 3 of "a red circle…"", or just the prompt for a clip outside any shot.</summary>
    public static string Describe(Generation generation) =>
        generation.ShotVersion is { } version ? $"version {version} of \"{Shorten(generation.Prompt)}\"" : $"\"{Shorten(generation.Prompt)}\"";

    private static string Shorten(string prompt) => prompt.Length <= 60 ? prompt : prompt[..60] + "…";
}
