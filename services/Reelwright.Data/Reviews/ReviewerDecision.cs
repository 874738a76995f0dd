namespace Reelwright.Data.Reviews;

/// <summary>A reviewer asked in a round, and what they decided (null until they do; they may change their mind).</summary>
public sealed class ReviewerDecision
{
    public Guid ReviewId { get; init; }
    public Guid UserId { get; init; }
    public ReviewDecision? Decision { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
