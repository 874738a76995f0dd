using Bunit;
using Reelwright.ComponentTests.Review;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sharing;

/// <summary>What the clip page offers for sharing: the share panel to editors and owners, downloads to everyone who sees the clip.</summary>
public sealed class ClipPageSharingTests : ClipReviewTestContext
{
    [Theory]
    [InlineData(TeamRole.Owner, true)]
    [InlineData(TeamRole.Editor, true)]
    [InlineData(TeamRole.Reviewer, false)]
    [InlineData(TeamRole.Viewer, false)]
    public void Only_editors_and_owners_are_offered_share_links(TeamRole role, bool offered)
    {
        GivenClip(role);

        var cut = RenderReview();

        Assert.Equal(offered, cut.FindAll("#share-panel").Count == 1);
    }

    [Fact]
    public void A_clip_in_a_shot_can_be_shared_as_its_version_stack()
    {
        var shotId = Guid.NewGuid();
        var clip = GivenClip(TeamRole.Editor, c => c with { ShotId = shotId, ShotVersion = 1 });
        Api.Shots[shotId] = new ShotView(shotId, clip.ProjectId!.Value, "Opening", Sample.Noon, [new ShotVersionView(1, null, [], ReviewState.NotReviewed, clip)]);

        var cut = RenderReview();
        cut.Find("#share-stack").Change(true);
        cut.Find("#create-share-link").Click();

        Assert.Equal(shotId, Assert.Single(Api.ShareLinkRequests).ShotId);
    }

    [Fact]
    public void Anyone_who_sees_the_clip_can_download_it_as_mp4_or_animated_gif()
    {
        var clip = GivenClip(TeamRole.Viewer);

        var cut = RenderReview();

        var mp4 = cut.Find("#download-mp4");
        Assert.Equal($"{FakeBase}/api/generations/{clip.Id}/download?format=mp4", mp4.GetAttribute("href"));
        Assert.True(mp4.HasAttribute("download"));
        Assert.Equal("Download MP4", mp4.TextContent);
        var gif = cut.Find("#download-gif");
        Assert.Equal($"{FakeBase}/api/generations/{clip.Id}/download?format=gif", gif.GetAttribute("href"));
        Assert.Equal("Animated GIF", gif.TextContent);
    }

    [Fact]
    public void A_clip_still_generating_offers_neither_downloads_nor_links()
    {
        GivenClip(TeamRole.Owner, c => c with { Status = GenerationStatus.Running, Clip = null, CompletedAt = null });

        var cut = RenderReview();

        Assert.Empty(cut.FindAll("#download-mp4"));
        Assert.Empty(cut.FindAll("#share-panel"));
    }

    private const string FakeBase = Fakes.FakeStudioApi.PublicBaseUrl;
}
