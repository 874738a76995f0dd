namespace Reelwright.Web.Studio;

/// <summary>Where a version stands in review; the API derives it from the reviewers' decisions in its latest round.</summary>
public enum ReviewState
{
    NotReviewed,
    InReview,
    ChangesRequested,
    Approved,

    /// <summary>A newer round, on this version or another of its shot, replaced this one.</summary>
    Superseded,
}
