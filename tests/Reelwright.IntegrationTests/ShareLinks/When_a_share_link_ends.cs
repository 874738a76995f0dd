using System.Net;
using Microsoft.EntityFrameworkCore;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>A link stops working when it expires or is revoked, and revoking also stops the media it already handed out.</summary>
[Collection(SharingTeam.Name)]
public sealed class When_a_share_link_ends(ReviewTeam team)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_expired_link_is_gone()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 61);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id, expiresInHours = 1 });
        using var visitor = team.Api.CreateClient();
        await visitor.ViewAsync(link.Token);

        await team.InDatabaseAsync(db => db.ShareLinks.Where(l => l.Id == link.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)), Ct));
        using var expired = await visitor.OpenLinkAsync(link.Token);

        await expired.ProblemAsync(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task A_revoked_link_is_gone_and_the_video_it_handed_out_no_longer_plays()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, "Private", seed: 62);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id });
        using var visitor = team.Api.CreateClient();
        var videoUrl = Assert.Single((await visitor.ViewAsync(link.Token)).Clips).VideoUrl!;

        using (var revoke = await team.Editor.Client.DeleteAsync($"/api/share-links/{link.Id}", Ct))
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var gone = await visitor.OpenLinkAsync(link.Token);
        using var video = await visitor.GetAsync(videoUrl, Ct);

        await gone.ProblemAsync(HttpStatusCode.Gone);
        await video.ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull(Assert.Single(await team.Editor.LinksOfAsync($"generationId={clip.Id}")).RevokedAt);
    }

    [Fact]
    public async Task Outsiders_can_neither_list_nor_revoke_a_link_and_it_keeps_working()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 63);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id });

        using (var list = await team.Outsider.Client.GetAsync($"/api/share-links?generationId={clip.Id}", Ct))
            await list.ProblemAsync(HttpStatusCode.NotFound);
        using (var revoke = await team.Outsider.Client.DeleteAsync($"/api/share-links/{link.Id}", Ct))
            await revoke.ProblemAsync(HttpStatusCode.NotFound);
        using (var reviewer = await team.ReviewerA.Client.DeleteAsync($"/api/share-links/{link.Id}", Ct))
            await reviewer.ProblemAsync(HttpStatusCode.Forbidden);

        using var visitor = team.Api.CreateClient();
        Assert.Equal(clip.Id, Assert.Single((await visitor.ViewAsync(link.Token)).Clips).Id);
    }

    [Fact]
    public async Task Viewers_and_reviewers_cannot_make_links_and_an_owner_revokes_an_editors()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 64);

        using (var viewer = await team.Viewer.PostShareLinkAsync(new { generationId = clip.Id }))
            await viewer.ProblemAsync(HttpStatusCode.Forbidden);
        using (var reviewer = await team.ReviewerB.PostShareLinkAsync(new { generationId = clip.Id }))
            await reviewer.ProblemAsync(HttpStatusCode.Forbidden);
        using (var outsider = await team.Outsider.PostShareLinkAsync(new { generationId = clip.Id }))
            await outsider.ProblemAsync(HttpStatusCode.NotFound);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id });
        using (var owner = await team.Owner.Client.DeleteAsync($"/api/share-links/{link.Id}", Ct))
            Assert.Equal(HttpStatusCode.NoContent, owner.StatusCode);

        Assert.Equal([link.Id], (await team.Viewer.LinksOfAsync($"generationId={clip.Id}")).Where(l => l.RevokedAt is not null).Select(l => l.Id));
    }

    [Theory]
    [InlineData("""{ "allowComments": true }""", "generationId")]
    [InlineData("""{ "generationId": "00000000-0000-0000-0000-000000000001", "shotId": "00000000-0000-0000-0000-000000000002" }""", "generationId")]
    [InlineData("""{ "generationId": "00000000-0000-0000-0000-000000000001", "expiresInHours": 0 }""", "expiresInHours")]
    [InlineData("""{ "generationId": "00000000-0000-0000-0000-000000000001", "passphrase": "abc" }""", "passphrase")]
    public async Task A_link_that_names_no_single_target_or_a_bad_expiry_or_passphrase_is_refused_by_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await team.Editor.Client.PostAsync("/api/share-links", content, Ct);
        await response.ValidationProblemAsync(field);
    }
}
