using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Review;

/// <summary>Review states in words; pages keep the raw value in a data-state attribute for styling and tests.</summary>
public static class ReviewStateLabel
{
    public static string Of(ReviewState state) => state switch
    {
        ReviewState.NotReviewed => "Not reviewed",
        ReviewState.InReview => "In review",
        ReviewState.ChangesRequested => "Changes requested",
        ReviewState.Approved => "Approved",
        _ => "Superseded",
    };

    public static string Of(ReviewDecision? decision) => decision switch
    {
        ReviewDecision.Approved => "Approved",
        ReviewDecision.ChangesRequested => "Changes requested",
        _ => "Not decided yet",
    };
}
