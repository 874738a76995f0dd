using Bunit;
using Microsoft.AspNetCore.Components;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Pages.Gallery;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>The embeddable player (/embed/{id}) and a person's public page (/u/{id}).</summary>
public sealed class EmbedAndProfileTests : StudioTestContext
{
    private readonly GalleryClipView _clip = GallerySample.Clip("Red circle at dusk");

    public EmbedAndProfileTests()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Authorization.SetNotAuthorized();
        Api.GalleryClips[_clip.Id] = _clip;
    }

    [Fact]
    public void The_embed_is_the_looping_video_and_a_title_linking_back_to_its_page()
    {
        var cut = Render<EmbedPage>(p => p.Add(c => c.Id, _clip.Id));

        var video = cut.Find("#embed-video");
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.VideoUrl}", video.GetAttribute("src"));
        Assert.True(video.HasAttribute("loop"));
        var title = cut.Find("#embed-title");
        Assert.Equal("Red circle at dusk", title.TextContent);
        Assert.Equal($"http://localhost/g/{_clip.Id}", title.GetAttribute("href"));
        Assert.Equal("_blank", title.GetAttribute("target"));
        Assert.Empty(cut.FindAll("nav, header"));
    }

    [Fact]
    public void An_embed_of_an_unpublished_clip_says_it_is_gone()
    {
        var cut = Render<EmbedPage>(p => p.Add(c => c.Id, Guid.NewGuid()));

        Assert.Contains("no longer in the Reelwright gallery", cut.Find("#not-in-gallery").TextContent);
        Assert.Empty(cut.FindAll("video"));
    }

    [Fact]
    public void A_profile_shows_the_persons_name_and_their_clips_with_more()
    {
        var person = GallerySample.Grace;
        Api.People[(person.Id, null)] = new ProfileView(person.Id, person.DisplayName, [_clip], "p2");

        var cut = Render<ProfilePage>(p => p.Add(c => c.UserId, person.Id));

        Assert.Equal("Grace Hopper", cut.Find("#person-name").TextContent);
        Assert.Equal([_clip.Id.ToString()], cut.FindAll(".gallery-tile").Select(t => t.GetAttribute("data-clip-id")));
        Assert.Equal($"u/{person.Id}?cursor=p2", cut.Find("a[data-more]").GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_person_is_said_plainly()
    {
        var cut = Render<ProfilePage>(p => p.Add(c => c.UserId, Guid.NewGuid()));

        Assert.Equal("No such person", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll(".gallery-tile"));
    }
}
