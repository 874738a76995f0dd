using Bunit;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Review;

/// <summary>The review panel on the clip review page: its state, who may ask for a review, and who may decide.</summary>
public sealed class ClipReviewPanelTests : ClipReviewTestContext
{
    [Fact]
    public void A_clip_never_sent_to_review_says_so()
    {
        GivenClip(TeamRole.Viewer);

        var cut = RenderReview();

        Assert.Equal("NotReviewed", cut.Find("#review-state").GetAttribute("data-state"));
        Assert.Equal("Not reviewed", cut.Find("#review-state").TextContent);
    }

    [Fact]
    public void The_badge_shows_the_latest_rounds_state_and_its_reviewers_decisions()
    {
        GivenClip(TeamRole.Viewer);
        GivenRound(ReviewState.ChangesRequested,
        [
            new ReviewerView(Grace.UserId, Grace.DisplayName, ReviewDecision.ChangesRequested, "Too dark", Sample.Noon),
            new ReviewerView(Alan.UserId, Alan.DisplayName, null, null, null),
        ]);
        GivenRound(ReviewState.Superseded, [new ReviewerView(Grace.UserId, Grace.DisplayName, ReviewDecision.Approved, null, Sample.Noon)], older: true);

        var cut = RenderReview();

        Assert.Equal("ChangesRequested", cut.Find("#review-state").GetAttribute("data-state"));
        Assert.Equal("Changes requested", cut.Find("#review-state").TextContent);
        Assert.Equal("ChangesRequested", cut.Find($".reviewers [data-user-id='{Grace.UserId}']").GetAttribute("data-decision"));
        Assert.Equal("Too dark", cut.Find($".reviewers [data-user-id='{Grace.UserId}'] .note").TextContent);
        Assert.Equal("", cut.Find($".reviewers [data-user-id='{Alan.UserId}']").GetAttribute("data-decision"));
    }

    [Theory]
    [InlineData(TeamRole.Owner, true)]
    [InlineData(TeamRole.Editor, true)]
    [InlineData(TeamRole.Reviewer, false)]
    [InlineData(TeamRole.Viewer, false)]
    public void Only_editors_and_owners_may_ask_for_a_review(TeamRole role, bool mayAsk)
    {
        GivenClip(role);

        var cut = RenderReview();

        Assert.Equal(mayAsk, cut.FindAll("#request-review").Count == 1);
    }

    [Fact]
    public void Reviewers_are_chosen_among_members_with_the_reviewer_role_or_higher()
    {
        GivenClip(TeamRole.Editor);

        var cut = RenderReview();

        Assert.Equal([Me.UserId, Grace.UserId, Alan.UserId], cut.FindAll("[data-reviewer-id]").Select(c => Guid.Parse(c.GetAttribute("data-reviewer-id")!)));
    }

    [Fact]
    public void Requesting_a_review_asks_the_chosen_reviewers_and_puts_the_clip_in_review()
    {
        GivenClip(TeamRole.Editor);
        var cut = RenderReview();

        cut.Find($"[data-reviewer-id='{Grace.UserId}']").Change(true);
        cut.Find($"[data-reviewer-id='{Alan.UserId}']").Change(true);
        cut.Find("#request-review").Click();

        var (generationId, reviewerIds) = Assert.Single(Api.ReviewRequests);
        Assert.Equal(Clip.Id, generationId);
        Assert.Equal([Grace.UserId, Alan.UserId], reviewerIds);
        Assert.Equal("InReview", cut.Find("#review-state").GetAttribute("data-state"));
        Assert.Equal(2, cut.FindAll(".reviewers li").Count);
    }

    [Fact]
    public void A_refused_request_shows_the_apis_reason_by_the_reviewer_picker()
    {
        GivenClip(TeamRole.Editor);
        Api.Refusals[nameof(IStudioApi.RequestReviewAsync)] = new StudioProblemException(System.Net.HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { ["reviewerIds"] = ["Choose 1 to 20 reviewers."] });
        var cut = RenderReview();

        cut.Find("#request-review").Click();

        Assert.Equal("Choose 1 to 20 reviewers.", cut.Find(".review-panel .field-error[data-field=reviewerIds]").TextContent);
    }

    [Fact]
    public void A_reviewer_asked_in_the_open_round_may_approve_with_a_note()
    {
        GivenClip(TeamRole.Reviewer);
        var round = GivenRound(ReviewState.InReview, [new ReviewerView(Sample.User.Id, Sample.User.DisplayName, null, null, null)]);
        var cut = RenderReview();

        cut.Find("#decision-note").Input("Looks right");
        cut.Find("#approve").Click();

        Assert.Equal((round.Id, ReviewDecision.Approved, "Looks right"), Assert.Single(Api.Decisions));
        Assert.Equal("Approved", cut.Find("#review-state").GetAttribute("data-state"));
    }

    [Fact]
    public void A_reviewer_asked_in_the_open_round_may_request_changes()
    {
        GivenClip(TeamRole.Reviewer);
        var round = GivenRound(ReviewState.InReview, [new ReviewerView(Sample.User.Id, Sample.User.DisplayName, null, null, null)]);
        var cut = RenderReview();

        cut.Find("#request-changes").Click();

        Assert.Equal((round.Id, ReviewDecision.ChangesRequested, null), Assert.Single(Api.Decisions));
        Assert.Equal("ChangesRequested", cut.Find("#review-state").GetAttribute("data-state"));
    }

    [Fact]
    public void A_reviewer_not_asked_in_the_round_cannot_decide()
    {
        GivenClip(TeamRole.Reviewer);
        GivenRound(ReviewState.InReview, [new ReviewerView(Grace.UserId, Grace.DisplayName, null, null, null)]);

        var cut = RenderReview();

        Assert.Empty(cut.FindAll("#approve"));
        Assert.Empty(cut.FindAll("#request-changes"));
    }

    [Fact]
    public void A_superseded_round_can_no_longer_be_decided()
    {
        GivenClip(TeamRole.Reviewer);
        GivenRound(ReviewState.Superseded, [new ReviewerView(Sample.User.Id, Sample.User.DisplayName, null, null, null)]);

        var cut = RenderReview();

        Assert.Equal("Superseded", cut.Find("#review-state").GetAttribute("data-state"));
        Assert.Empty(cut.FindAll("#approve"));
    }

    /// <param name="older">Listed after the rounds already given, as an earlier round is; otherwise before them, as the newest.</param>
    private ReviewView GivenRound(ReviewState state, IReadOnlyList<ReviewerView> reviewers, bool older = false)
    {
        var round = new ReviewView(Guid.NewGuid(), Clip.Id, null, Alan.UserId, Alan.DisplayName, Sample.Noon, state,
            state == ReviewState.Superseded ? Sample.Noon.AddHours(1) : null, reviewers);
        if (!Api.Reviews.TryGetValue(Clip.Id, out var rounds))
            Api.Reviews[Clip.Id] = rounds = [];
        if (older)
            rounds.Add(round);
        else
            rounds.Insert(0, round);
        return round;
    }
}
