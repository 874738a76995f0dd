namespace Reelwright.Data.Reviews;

/// <summary>
/// One round of review of one version: who asked, whom they asked, and each reviewer's decision. A round is closed
/// (superseded) when a review of a newer version of the same shot is requested.
/// </summary>
public sealed class Review
{
    public Guid Id { get; init; }
    public Guid GenerationId { get; init; }
    public Guid? ShotId { get; init; }
    public Guid TeamId { get; init; }
    public Guid RequestedBy { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? SupersededAt { get; set; }
    public List<ReviewerDecision> Reviewers { get; init; } = [];
}
