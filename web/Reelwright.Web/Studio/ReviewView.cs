namespace Reelwright.Web.Studio;

/// <summary>One review round of a clip (GET /api/generations/{id}/reviews lists them newest first).</summary>
public sealed record ReviewView(
    Guid Id,
    Guid GenerationId,
    Guid? ShotId,
    Guid RequestedBy,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    ReviewState State,
    DateTimeOffset? SupersededAt,
    IReadOnlyList<ReviewerView> Reviewers)
{
    /// <summary>Reviewers may still decide: no newer round has replaced this one.</summary>
    public bool IsOpen => SupersededAt is null;
}
