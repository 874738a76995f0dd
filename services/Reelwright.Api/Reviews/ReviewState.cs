using Reelwright.Data.Reviews;

namespace Reelwright.Api.Reviews;

/// <summary>Where a version stands in review, derived from the decisions and never stored, so it cannot drift from them.</summary>
public enum ReviewState
{
    NotReviewed,
    InReview,
    ChangesRequested,
    Approved,

    /// <summary>A newer version of the shot went to review, which started a new round.</summary>
    Superseded,
}

public static class ReviewStates
{
    /// <summary>
    /// One round: superseded when a newer version's round began; otherwise one "changes requested" outweighs any
    /// approvals, and approved means every reviewer asked has approved.
    /// </summary>
    public static ReviewState Of(Review review) =>
        review.SupersededAt is not null ? ReviewState.Superseded
        : review.Reviewers.Any(r => r.Decision == ReviewDecision.ChangesRequested) ? ReviewState.ChangesRequested
        : review.Reviewers.Count > 0 && review.Reviewers.All(r => r.Decision == ReviewDecision.Approved) ? ReviewState.Approved
        : ReviewState.InReview;

    /// <summary>A version's state is its latest round's.</summary>
    public static ReviewState OfVersion(IEnumerable<Review> reviewsOfVersion) =>
        reviewsOfVersion.MaxBy(r => r.RequestedAt) is { } latest ? Of(latest) : ReviewState.NotReviewed;
}
