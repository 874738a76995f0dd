using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Reviews;
using Reelwright.Api.Shots;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Review;

/// <summary>An editor makes versions of a shot and asks for review; reviewers decide; the state follows their decisions.</summary>
public sealed class When_versions_go_through_review(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Versions_made_from_one_another_form_a_shot_with_their_lineage_and_changes()
    {
        var v1 = await team.MakeClipAsync(team.Editor);
        var v2 = await team.MakeClipAsync(team.Editor, parent: v1.Id, seed: 2);
        var v3 = await team.MakeClipAsync(team.Editor, parent: v2.Id, seed: 2, prompt: "a blue square moving left");

        var shot = await (await team.Viewer.Client.GetAsync($"/api/shots/{v3.ShotId}", Ct)).OkAsync<ShotResponse>();

        Assert.Equal(v2.ShotId, v3.ShotId);
        Assert.Equal([1, 2, 3], shot.Versions.Select(v => v.Version));
        Assert.Equal([v1.Id, v2.Id, v3.Id], shot.Versions.Select(v => v.Generation.Id));
        Assert.Equal([null, v1.Id, v2.Id], shot.Versions.Select(v => v.ParentGenerationId));
        Assert.Equal(["seed"], shot.Versions[1].Changes);
        Assert.Equal(["prompt"], shot.Versions[2].Changes);
        Assert.All(shot.Versions, v => Assert.Equal(ReviewState.NotReviewed, v.ReviewState));
        Assert.Equal(HttpStatusCode.NotFound, (await team.Outsider.Client.GetAsync($"/api/shots/{shot.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Versions_made_at_the_same_moment_get_consecutive_numbers_with_no_gaps()
    {
        var first = await team.MakeClipAsync(team.Editor);

        var submissions = Enumerable.Range(0, 8).Select(seed => team.Editor.Client.PostAsJsonAsync("/api/generations",
            new { prompt = "a red circle moving left", projectId = team.ProjectId, steps = 1, seed, parentGenerationId = first.Id }, Ct));
        var responses = await Task.WhenAll(submissions);
        var versions = new List<int>();
        foreach (var response in responses)
            versions.Add((await response.OkAsync<Reelwright.Api.Generations.GenerationResponse>(HttpStatusCode.Created)).ShotVersion!.Value);

        Assert.Equal(Enumerable.Range(2, 8), versions.Order());
    }

    [Fact]
    public async Task Decisions_decide_the_state_and_a_newer_version_starts_a_new_round()
    {
        var v1 = await team.MakeClipAsync(team.Editor);
        var v2 = await team.MakeClipAsync(team.Editor, parent: v1.Id, seed: 9);

        var round = await RequestAsync(v1.Id, team.ReviewerA.Id, team.ReviewerB.Id);
        Assert.Equal(ReviewState.InReview, round.State);
        Assert.Equal(ReviewState.InReview, (await DecideAsync(team.ReviewerA, round.Id, "Approved")).State);
        var changes = await DecideAsync(team.ReviewerB, round.Id, "ChangesRequested", "the circle should be smaller");
        Assert.Equal(ReviewState.ChangesRequested, changes.State);
        Assert.Equal("the circle should be smaller", changes.Reviewers.Single(r => r.UserId == team.ReviewerB.Id).Note);

        var next = await RequestAsync(v2.Id, team.ReviewerA.Id, team.ReviewerB.Id);
        using (var late = await team.ReviewerA.Client.PutAsJsonAsync($"/api/reviews/{round.Id}/decision", new { decision = "Approved" }, Ct))
            await late.ProblemAsync(HttpStatusCode.Conflict);
        await DecideAsync(team.ReviewerA, next.Id, "Approved");
        Assert.Equal(ReviewState.Approved, (await DecideAsync(team.ReviewerB, next.Id, "Approved")).State);

        var shot = await (await team.Editor.Client.GetAsync($"/api/shots/{v2.ShotId}", Ct)).OkAsync<ShotResponse>();
        Assert.Equal([ReviewState.Superseded, ReviewState.Approved], shot.Versions.Select(v => v.ReviewState));
    }

    [Fact]
    public async Task Only_the_reviewers_asked_may_decide()
    {
        var clip = await team.MakeClipAsync(team.Editor);
        var round = await RequestAsync(clip.Id, team.ReviewerA.Id);

        foreach (var someoneElse in new[] { team.ReviewerB, team.Editor, team.Viewer, team.Owner })
        {
            using var response = await someoneElse.Client.PutAsJsonAsync($"/api/reviews/{round.Id}/decision", new { decision = "Approved" }, Ct);
            await response.ProblemAsync(HttpStatusCode.Forbidden);
        }
        using (var outsider = await team.Outsider.Client.PutAsJsonAsync($"/api/reviews/{round.Id}/decision", new { decision = "Approved" }, Ct))
            await outsider.ProblemAsync(HttpStatusCode.NotFound);
        using (var nonsense = await team.ReviewerA.Client.PutAsJsonAsync($"/api/reviews/{round.Id}/decision", new { decision = "Maybe" }, Ct))
            await nonsense.ValidationProblemAsync("decision");

        var rounds = await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/reviews", Ct)).OkAsync<List<ReviewResponse>>();
        Assert.All(Assert.Single(rounds).Reviewers, r => Assert.Null(r.Decision));
    }

    [Fact]
    public async Task Reviewers_must_be_team_members_who_review_and_only_editors_ask()
    {
        var clip = await team.MakeClipAsync(team.Editor);

        using (var viewerAsked = await PostReviewAsync(team.Editor, clip.Id, team.Viewer.Id))
            await viewerAsked.ValidationProblemAsync("reviewerIds");
        using (var outsiderAsked = await PostReviewAsync(team.Editor, clip.Id, team.Outsider.Id))
            await outsiderAsked.ValidationProblemAsync("reviewerIds");
        using (var nobody = await PostReviewAsync(team.Editor, clip.Id))
            await nobody.ValidationProblemAsync("reviewerIds");
        using (var reviewerAsks = await PostReviewAsync(team.ReviewerA, clip.Id, team.ReviewerB.Id))
            await reviewerAsks.ProblemAsync(HttpStatusCode.Forbidden);

        var rounds = await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/reviews", Ct)).OkAsync<List<ReviewResponse>>();
        Assert.Empty(rounds);
    }

    private async Task<ReviewResponse> RequestAsync(Guid generationId, params Guid[] reviewers)
    {
        using var response = await PostReviewAsync(team.Editor, generationId, reviewers);
        return await response.OkAsync<ReviewResponse>(HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> PostReviewAsync(Person asker, Guid generationId, params Guid[] reviewers) =>
        asker.Client.PostAsJsonAsync($"/api/generations/{generationId}/reviews", new { reviewerIds = reviewers }, Ct);

    private static async Task<ReviewResponse> DecideAsync(Person reviewer, Guid reviewId, string decision, string? note = null)
    {
        using var response = await reviewer.Client.PutAsJsonAsync($"/api/reviews/{reviewId}/decision", new { decision, note }, Ct);
        return await response.OkAsync<ReviewResponse>();
    }
}
