using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Activity;
using Reelwright.Api.Comments;
using Reelwright.Data.Activity;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Review;

/// <summary>Reviewers pin notes to frames and points of a clip; bad notes are refused by field and change nothing.</summary>
public sealed class When_frames_are_commented_on(ReviewTeam team) : IClassFixture<ReviewTeam>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_note_on_a_frame_with_a_point_keeps_its_place_and_the_recipe_it_was_made_on()
    {
        var clip = await team.MakeClipAsync(team.Editor, seed: 31);

        var note = await CommentAsync(team.ReviewerA, clip.Id, new { body = "the circle clips the edge here", startFrame = 5, x = 0.25, y = 0.75 });
        var range = await CommentAsync(team.ReviewerB, clip.Id, new { body = "colour flickers", startFrame = 9, endFrame = 12 });
        var reply = await CommentAsync(team.Editor, clip.Id, new { body = "fixed in the next version", parentId = note.Id });

        var comments = await (await team.Viewer.Client.GetAsync($"/api/generations/{clip.Id}/comments", Ct)).OkAsync<List<CommentResponse>>();
        Assert.Equal([note.Id, range.Id, reply.Id], comments.Select(c => c.Id));
        Assert.Equal((5, 5, 0.25, 0.75), (note.StartFrame, note.EndFrame, note.X!.Value, note.Y!.Value));
        Assert.Equal((9, 12), (range.StartFrame, range.EndFrame));
        Assert.Equal((note.Id, 5, 5), (reply.ParentId!.Value, reply.StartFrame, reply.EndFrame));
        Assert.Equal("Reviewer A", note.AuthorName);
        Assert.Equal((clip.Prompt, clip.Seed, clip.Steps), (note.Recipe.Prompt, note.Recipe.Seed, note.Recipe.Steps));
    }

    [Fact]
    public async Task A_thread_is_resolved_and_reopened_by_reviewers_but_not_by_viewers()
    {
        var clip = await team.MakeClipAsync(team.Editor, seed: 32);
        var note = await CommentAsync(team.ReviewerA, clip.Id, new { body = "too fast", startFrame = 0 });

        using (var viewer = await team.Viewer.Client.PostAsync($"/api/comments/{note.Id}/resolve", null, Ct))
            await viewer.ProblemAsync(HttpStatusCode.Forbidden);
        var resolved = await (await team.ReviewerB.Client.PostAsync($"/api/comments/{note.Id}/resolve", null, Ct)).OkAsync<CommentResponse>();
        Assert.Equal(team.ReviewerB.Id, resolved.ResolvedBy);
        var reopened = await (await team.Editor.Client.PostAsync($"/api/comments/{note.Id}/reopen", null, Ct)).OkAsync<CommentResponse>();
        Assert.Null(reopened.ResolvedAt);
    }

    [Theory]
    [InlineData("""{ "body": "after the end", "startFrame": 16 }""", "startFrame")]
    [InlineData("""{ "body": "before the start", "startFrame": -1 }""", "startFrame")]
    [InlineData("""{ "body": "backwards", "startFrame": 8, "endFrame": 3 }""", "endFrame")]
    [InlineData("""{ "body": "past the end", "startFrame": 8, "endFrame": 16 }""", "endFrame")]
    [InlineData("""{ "body": "off the frame", "startFrame": 2, "x": 1.5, "y": 0.5 }""", "x")]
    [InlineData("""{ "body": "above the frame", "startFrame": 2, "x": 0.5, "y": -0.1 }""", "y")]
    [InlineData("""{ "body": "half a point", "startFrame": 2, "x": 0.5 }""", "y")]
    [InlineData("""{ "body": "", "startFrame": 2 }""", "body")]
    [InlineData("""{ "body": "where?" }""", "startFrame")]
    public async Task A_note_outside_the_clip_or_the_frame_is_refused_by_field_and_nothing_is_stored(string body, string field)
    {
        var clip = await team.MakeClipAsync(team.Editor, seed: 33);

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await team.ReviewerA.Client.PostAsync($"/api/generations/{clip.Id}/comments", content, Ct);

        await response.ValidationProblemAsync(field);
        Assert.Empty(await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/comments", Ct)).OkAsync<List<CommentResponse>>());
    }

    [Fact]
    public async Task An_oversized_note_and_a_reply_to_a_reply_are_refused()
    {
        var clip = await team.MakeClipAsync(team.Editor, seed: 34);
        var note = await CommentAsync(team.ReviewerA, clip.Id, new { body = "first", startFrame = 1 });
        var reply = await CommentAsync(team.ReviewerB, clip.Id, new { body = "second", parentId = note.Id });

        using (var oversized = await team.ReviewerA.Client.PostAsJsonAsync($"/api/generations/{clip.Id}/comments", new { body = new string('a', 4001), startFrame = 1 }, Ct))
            await oversized.ValidationProblemAsync("body");
        using (var nested = await team.ReviewerA.Client.PostAsJsonAsync($"/api/generations/{clip.Id}/comments", new { body = "third", parentId = reply.Id }, Ct))
            await nested.ValidationProblemAsync("parentId");
        using (var viewer = await team.Viewer.Client.PostAsJsonAsync($"/api/generations/{clip.Id}/comments", new { body = "me too", startFrame = 1 }, Ct))
            await viewer.ProblemAsync(HttpStatusCode.Forbidden);
        using (var outsider = await team.Outsider.Client.PostAsJsonAsync($"/api/generations/{clip.Id}/comments", new { body = "hello", startFrame = 1 }, Ct))
            await outsider.ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(2, (await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/comments", Ct)).OkAsync<List<CommentResponse>>()).Count);
    }

    [Fact]
    public async Task The_projects_activity_tells_what_happened_newest_first()
    {
        var clip = await team.MakeClipAsync(team.Editor, seed: 35);
        await CommentAsync(team.ReviewerA, clip.Id, new { body = "lovely", startFrame = 3 });

        var feed = await (await team.Viewer.Client.GetAsync($"/api/projects/{team.ProjectId}/activity?limit=200", Ct)).OkAsync<ActivityPage>();

        var aboutClip = feed.Items.Where(a => a.GenerationId == clip.Id).ToList();
        Assert.Equal([ActivityKind.Commented, ActivityKind.Generated], aboutClip.Select(a => a.Kind));
        Assert.Equal("Reviewer A", aboutClip[0].ActorName);
        Assert.Contains("frame 3", aboutClip[0].Summary);
        Assert.Equal(feed.Items.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Select(a => a.Id), feed.Items.Select(a => a.Id));
        using var outsider = await team.Outsider.Client.GetAsync($"/api/projects/{team.ProjectId}/activity", Ct);
        await outsider.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<CommentResponse> CommentAsync(Person author, Guid clipId, object body)
    {
        using var response = await author.Client.PostAsJsonAsync($"/api/generations/{clipId}/comments", body, Ct);
        return await response.OkAsync<CommentResponse>(HttpStatusCode.Created);
    }
}
