namespace Reelwright.Web.Studio;

/// <summary>A reviewer asked in a round, and what they decided (null while undecided).</summary>
public sealed record ReviewerView(Guid UserId, string DisplayName, ReviewDecision? Decision, string? Note, DateTimeOffset? DecidedAt);
