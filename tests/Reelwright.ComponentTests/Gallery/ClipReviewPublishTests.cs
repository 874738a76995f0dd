using Bunit;
using Reelwright.ComponentTests.Review;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>Who gets the publish form on a clip's review page: its author and the team's owners; others only see the state.</summary>
public sealed class ClipReviewPublishTests : ClipReviewTestContext
{
    [Fact]
    public void The_author_can_publish_their_clip_from_its_review_page()
    {
        GivenClip(TeamRole.Editor, c => c with { AuthorId = Sample.User.Id });

        var cut = RenderReview();

        Assert.Equal("a red circle drifting left", cut.Find(".side #publish-title").GetAttribute("value"));
    }

    [Fact]
    public void An_owner_can_publish_anyones_clip_in_their_team()
    {
        GivenClip(TeamRole.Owner, c => c with { AuthorId = Guid.NewGuid() });

        Assert.NotNull(RenderReview().Find("#publish"));
    }

    [Fact]
    public void An_editor_sees_that_a_colleagues_clip_is_published_but_cannot_change_it()
    {
        GivenClip(TeamRole.Editor, c => c with { AuthorId = Guid.NewGuid(), PublishedAt = Sample.Noon, Title = "Dusk" });

        var cut = RenderReview();

        Assert.Equal($"g/{Clip.Id}", cut.Find("#gallery-link").GetAttribute("href"));
        Assert.Empty(cut.FindAll("#publish"));
    }
}
