using System.Net;
using System.Security.Cryptography;
using Reelwright.Api.ShareLinks;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>A link takes one private clip, or a whole version stack, to someone with no account and no place in the team.</summary>
[Collection(SharingTeam.Name)]
public sealed class When_a_clip_is_shared_by_link(ReviewTeam team)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visitor_without_an_account_watches_the_private_clip_and_each_visit_is_counted()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, "Private", seed: 41);
        var link = await team.Editor.ShareAsync(new { generationId = clip.Id });
        using var visitor = team.Api.CreateClient();

        Assert.Equal($"/s/{link.Token}", link.Url);
        using (var direct = await visitor.GetAsync($"/api/generations/{clip.Id}", Ct))
            Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        var view = await visitor.ViewAsync(link.Token);

        Assert.Equal((SharedViewKind.Clip, "a green kite over the sea"), (view.Kind, view.Title));
        var shared = Assert.Single(view.Clips);
        Assert.Equal((clip.Id, clip.Prompt, clip.Seed, clip.Clip!.FrameCount), (shared.Id, shared.Prompt, shared.Seed, shared.FrameCount!.Value));
        using var video = await visitor.GetAsync(shared.VideoUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Assert.Equal(clip.Clip.VideoSha256, Convert.ToHexStringLower(SHA256.HashData(await video.Content.ReadAsByteArrayAsync(Ct))));
        Assert.Equal(1, Assert.Single(await team.Editor.LinksOfAsync($"generationId={clip.Id}")).ViewCount);

        await visitor.ViewAsync(link.Token);
        Assert.Equal(2, Assert.Single(await team.Editor.LinksOfAsync($"generationId={clip.Id}")).ViewCount);
    }

    [Fact]
    public async Task Only_a_link_that_allows_downloads_offers_one_and_only_one_that_allows_comments_shows_them()
    {
        var clip = await team.MakeClipToShareAsync(team.Editor, seed: 42);
        var viewOnly = await team.Editor.ShareAsync(new { generationId = clip.Id, allowDownloads = false, allowComments = false });
        var generous = await team.Editor.ShareAsync(new { generationId = clip.Id, allowDownloads = true, allowComments = true });
        using var visitor = team.Api.CreateClient();

        var plain = Assert.Single((await visitor.ViewAsync(viewOnly.Token)).Clips);
        var full = Assert.Single((await visitor.ViewAsync(generous.Token)).Clips);

        Assert.Null(plain.DownloadUrl);
        Assert.Null(plain.Comments);
        Assert.StartsWith($"/api/generations/{clip.Id}/download?", full.DownloadUrl);
        // The visitor has no account and no way to send the passphrase with a link: the signed URL itself downloads.
        using var download = await visitor.GetAsync(full.DownloadUrl, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(full.Comments);
    }

    [Fact]
    public async Task A_stack_link_shows_every_version_in_order_with_its_media_but_not_someone_elses_private_one()
    {
        var first = await team.MakeClipToShareAsync(team.Editor, seed: 43);
        var second = await team.MakeClipToShareAsync(team.Editor, parent: first.Id, seed: 44);
        var third = await team.MakeClipToShareAsync(team.Owner, parent: second.Id, seed: 45);
        await team.MakeClipToShareAsync(team.Owner, "Private", parent: third.Id, seed: 46);
        var link = await team.Editor.ShareAsync(new { shotId = second.ShotId });
        using var visitor = team.Api.CreateClient();

        var view = await visitor.ViewAsync(link.Token);

        Assert.Equal(SharedViewKind.Stack, view.Kind);
        Assert.Equal([(first.Id, 1), (second.Id, 2), (third.Id, 3)], view.Clips.Select(c => (c.Id, c.Version!.Value)));
        foreach (var version in view.Clips)
        {
            using var poster = await visitor.GetAsync(version.PosterUrl, Ct);
            Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
        }
    }

    [Fact]
    public async Task An_unknown_token_is_not_found()
    {
        using var visitor = team.Api.CreateClient();
        using var response = await visitor.OpenLinkAsync("rw_shr_nothing-here");
        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
