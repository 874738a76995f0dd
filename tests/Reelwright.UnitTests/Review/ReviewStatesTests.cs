using Reelwright.Api.Reviews;
using Reelwright.Data.Reviews;
using Xunit;

namespace Reelwright.UnitTests.Review;

public sealed class ReviewStatesTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(new string?[] { null, null }, ReviewState.InReview)]
    [InlineData(new string?[] { "Approved", null }, ReviewState.InReview)]
    [InlineData(new string?[] { "Approved", "Approved" }, ReviewState.Approved)]
    [InlineData(new string?[] { "Approved", "ChangesRequested" }, ReviewState.ChangesRequested)]
    [InlineData(new string?[] { null, "ChangesRequested" }, ReviewState.ChangesRequested)]
    public void A_round_is_approved_only_when_everyone_approved_and_one_change_request_outweighs_approvals(string?[] decisions, ReviewState expected)
    {
        Assert.Equal(expected, ReviewStates.Of(Round(Noon, decisions)));
    }

    [Fact]
    public void A_superseded_round_says_so_whatever_its_decisions()
    {
        var round = Round(Noon, "Approved");
        round.SupersededAt = Noon.AddHours(1);

        Assert.Equal(ReviewState.Superseded, ReviewStates.Of(round));
    }

    [Fact]
    public void A_version_takes_its_latest_rounds_state_and_is_not_reviewed_without_one()
    {
        var earlier = Round(Noon, "ChangesRequested");
        var later = Round(Noon.AddHours(2), "Approved");

        Assert.Equal(ReviewState.Approved, ReviewStates.OfVersion([later, earlier]));
        Assert.Equal(ReviewState.NotReviewed, ReviewStates.OfVersion([]));
    }

    private static Reelwright.Data.Reviews.Review Round(DateTimeOffset requestedAt, params string?[] decisions) => new()
    {
        Id = Guid.NewGuid(),
        GenerationId = Guid.NewGuid(),
        RequestedAt = requestedAt,
        Reviewers = [.. decisions.Select(d => new ReviewerDecision { UserId = Guid.NewGuid(), Decision = d is null ? null : Enum.Parse<ReviewDecision>(d) })],
    };
}
