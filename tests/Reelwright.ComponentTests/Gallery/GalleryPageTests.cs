using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Pages.Gallery;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>The public gallery (/gallery): its two orders, its poster tiles, and the More link that pages on.</summary>
public sealed class GalleryPageTests : StudioTestContext
{
    private readonly GalleryClipView _red = GallerySample.Clip("Red circle at dusk", likes: 7);
    private readonly GalleryClipView _blue = GallerySample.Clip("Blue square", likes: 1);

    public GalleryPageTests()
    {
        // Public pages render statically: no circuit.
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Authorization.SetNotAuthorized();
    }

    [Fact]
    public void A_visitor_sees_the_newest_clips_as_tiles_with_title_author_and_likes()
    {
        Api.GalleryPages[(GallerySort.Recent, null)] = new GalleryPageView([_red, _blue], null);

        var cut = RenderAt("/gallery");

        Assert.Equal([(GallerySort.Recent, (string?)null)], Api.GalleryRequests);
        Assert.Equal([_red.Id.ToString(), _blue.Id.ToString()], cut.FindAll(".gallery-tile").Select(t => t.GetAttribute("data-clip-id")));
        var tile = cut.Find($".gallery-tile[data-clip-id='{_red.Id}']");
        Assert.Equal($"g/{_red.Id}", tile.QuerySelector("a.poster-link")!.GetAttribute("href"));
        Assert.Equal("Red circle at dusk", tile.QuerySelector(".tile-title")!.TextContent);
        Assert.Equal($"u/{GallerySample.Grace.Id}", tile.QuerySelector("a.author")!.GetAttribute("href"));
        Assert.Equal("Grace Hopper", tile.QuerySelector("a.author")!.TextContent);
        Assert.Contains("7", tile.QuerySelector(".likes")!.TextContent);
        Assert.Equal("page", cut.Find("#tab-recent").GetAttribute("aria-current"));
        Assert.Empty(cut.FindAll("a[data-more]"));
    }

    [Fact]
    public void The_poster_shows_first_and_the_preview_is_ready_for_hover()
    {
        Api.GalleryPages[(GallerySort.Recent, null)] = new GalleryPageView([_red], null);

        var poster = RenderAt("/gallery").Find("img.poster");

        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_red.PosterUrl}", poster.GetAttribute("src"));
        Assert.Equal(poster.GetAttribute("src"), poster.GetAttribute("data-poster"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_red.PreviewUrl}", poster.GetAttribute("data-preview"));
    }

    [Fact]
    public void A_further_page_is_a_plain_more_link_carrying_the_cursor()
    {
        Api.GalleryPages[(GallerySort.Recent, null)] = new GalleryPageView([_red], "next/1+");

        var more = RenderAt("/gallery").Find("a[data-more]");

        Assert.Equal("gallery?cursor=next%2F1%2B", more.GetAttribute("href"));
        Assert.Equal("More", more.TextContent);
    }

    [Fact]
    public void Most_liked_this_week_asks_for_that_order_and_keeps_it_in_the_more_link()
    {
        Api.GalleryPages[(GallerySort.Liked, null)] = new GalleryPageView([_red], "k2");

        var cut = RenderAt("/gallery?sort=liked");

        Assert.Equal([(GallerySort.Liked, (string?)null)], Api.GalleryRequests);
        Assert.Equal("page", cut.Find("#tab-liked").GetAttribute("aria-current"));
        Assert.Null(cut.Find("#tab-recent").GetAttribute("aria-current"));
        Assert.Equal("gallery?sort=liked&cursor=k2", cut.Find("a[data-more]").GetAttribute("href"));
    }

    [Fact]
    public void Following_the_more_link_shows_the_next_page_and_a_way_back()
    {
        Api.GalleryPages[(GallerySort.Recent, "k2")] = new GalleryPageView([_blue], null);

        var cut = RenderAt("/gallery?cursor=k2");

        Assert.Equal([_blue.Id.ToString()], cut.FindAll(".gallery-tile").Select(t => t.GetAttribute("data-clip-id")));
        Assert.Equal("gallery", cut.Find("#from-the-start").GetAttribute("href"));
    }

    [Fact]
    public void The_tiles_script_is_loaded_and_enhanced_navigation_is_off_so_it_runs()
    {
        var cut = RenderAt("/gallery");

        Assert.Contains("Components/Gallery/GalleryTiles.razor.js", cut.Find("script[type=module]").GetAttribute("src"));
        Assert.Equal("false", cut.Find(".gallery-page").GetAttribute("data-enhance-nav"));
    }

    [Fact]
    public void An_unreachable_api_is_said_in_words()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = RenderAt("/gallery");

        Assert.Contains("not reachable", cut.Find(".load-error").TextContent);
    }

    private IRenderedComponent<GalleryPage> RenderAt(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<GalleryPage>();
    }
}
