using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Comments;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>A client outside the team leaves frame notes through a link that allows it; the team reads them with its own.</summary>
[Collection(SharingTeam.Name)]
public sealed class When_visitors_comment_through_a_link(ReviewTeam team)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_signed_in_outsider_comments_on_a_frame_and_the_team_and_the_link_show_it()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, "Private", seed: 71);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id, allowComments = true, passphrase = "client review" });

        using var posted = await team.Outsider.Client.PostAsJsonAsync($"/api/shared/{link.Token}/comments",
            new { passphrase = "client review", generationId = clip.Id, body = "logo too small here", startFrame = 3 }, Ct);
        var comment = await posted.OkAsync<CommentResponse>(HttpStatusCode.Created);

        Assert.Equal((team.Outsider.Id, "Outsider", 3, 3), (comment.AuthorId, comment.AuthorName, comment.StartFrame, comment.EndFrame));
        var teamSees = await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/comments", Ct)).OkAsync<List<CommentResponse>>();
        Assert.Equal([comment.Id], teamSees.Select(c => c.Id));
        using var visitor = team.Api.CreateClient();
        var shown = Assert.Single((await visitor.ViewAsync(link.Token, "client review")).Clips).Comments!;
        Assert.Equal(["logo too small here"], shown.Select(c => c.Body));
    }

    [Fact]
    public async Task A_view_only_link_an_anonymous_visitor_a_frame_past_the_end_and_a_clip_it_does_not_share_are_refused()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 72);
        var other = await team.MakeClipToShareAsync(team.Editor, seed: 73);
        var viewOnly = await team.Editor.ShareAsync(new { generationId = clip.Id });
        var open = await team.Editor.ShareAsync(new { generationId = clip.Id, allowComments = true });
        using var anonymous = team.Api.CreateClient();

        using (var refused = await team.Outsider.Client.PostAsJsonAsync($"/api/shared/{viewOnly.Token}/comments", new { generationId = clip.Id, body = "hi", startFrame = 0 }, Ct))
            await refused.ProblemAsync(HttpStatusCode.Forbidden);
        using (var unsigned = await anonymous.PostAsJsonAsync($"/api/shared/{open.Token}/comments", new { generationId = clip.Id, body = "hi", startFrame = 0 }, Ct))
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        using (var pastTheEnd = await team.Outsider.Client.PostAsJsonAsync($"/api/shared/{open.Token}/comments",
                   new { generationId = clip.Id, body = "hi", startFrame = clip.Clip!.FrameCount }, Ct))
            await pastTheEnd.ValidationProblemAsync("startFrame");
        using (var elsewhere = await team.Outsider.Client.PostAsJsonAsync($"/api/shared/{open.Token}/comments", new { generationId = other.Id, body = "hi", startFrame = 0 }, Ct))
            await elsewhere.ValidationProblemAsync("generationId");

        Assert.Empty(await (await team.Editor.Client.GetAsync($"/api/generations/{clip.Id}/comments", Ct)).OkAsync<List<CommentResponse>>());
        Assert.Empty(await (await team.Editor.Client.GetAsync($"/api/generations/{other.Id}/comments", Ct)).OkAsync<List<CommentResponse>>());
    }
}
