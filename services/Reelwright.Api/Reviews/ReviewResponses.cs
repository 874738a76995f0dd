using Reelwright.Data.Reviews;

namespace Reelwright.Api.Reviews;

public sealed record ReviewerResponse(Guid UserId, string DisplayName, ReviewDecision? Decision, string? Note, DateTimeOffset? DecidedAt);

/// <param name="State">Derived from the decisions: InReview, ChangesRequested, Approved, or Superseded by a newer round.</param>
public sealed record ReviewResponse(
    Guid Id, Guid GenerationId, Guid? ShotId, Guid RequestedBy, string RequestedByName, DateTimeOffset RequestedAt,
    ReviewState State, DateTimeOffset? SupersededAt, IReadOnlyList<ReviewerResponse> Reviewers);

/// <param name="ReviewerIds">Members of the team with the Reviewer role or higher.</param>
public sealed record RequestReviewRequest(IReadOnlyList<Guid>? ReviewerIds);

/// <param name="Decision">Approved or ChangesRequested.</param>
/// <param name="Note">Why, in a few words (optional, up to 2000 characters).</param>
public sealed record DecideRequest(string? Decision, string? Note);
