using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Components.Pages.Gallery;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>A published clip's public page (/g/{id}): player, recipe or its absence, lineage, likes, remix, embed and link previews.</summary>
public sealed class GalleryClipPageTests : StudioTestContext
{
    private readonly GalleryClipView _clip = GallerySample.Clip("Red circle at dusk", likes: 3);

    public GalleryClipPageTests()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Api.GalleryClips[_clip.Id] = _clip;
    }

    [Fact]
    public void The_page_plays_the_clip_on_a_loop_under_its_title_and_author()
    {
        var cut = RenderClip(_clip.Id);

        Assert.Equal("Red circle at dusk", cut.Find("h1").TextContent);
        Assert.Equal($"u/{GallerySample.Grace.Id}", cut.Find("#clip-author").GetAttribute("href"));
        var video = cut.Find("#clip-video");
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.VideoUrl}", video.GetAttribute("src"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.PosterUrl}", video.GetAttribute("poster"));
        Assert.True(video.HasAttribute("loop"));
    }

    [Fact]
    public void A_visible_recipe_is_shown_and_a_signed_in_visitor_can_remix_it()
    {
        var cut = RenderClip(_clip.Id);

        Assert.Equal("a red circle drifting left", cut.Find("#recipe-prompt").TextContent);
        Assert.Equal("4242", cut.Find("#recipe-seed").TextContent);
        Assert.Empty(cut.FindAll("#recipe-hidden"));
        Assert.Equal($"./?remix={_clip.Id}", cut.Find("#remix").GetAttribute("href"));
    }

    [Fact]
    public void A_hidden_recipe_shows_no_prompt_and_offers_no_remix()
    {
        var hidden = GallerySample.Clip("Secret sauce", hideRecipe: true);
        Api.GalleryClips[hidden.Id] = hidden;

        var cut = RenderClip(hidden.Id);

        Assert.Contains("keeps this clip's prompt and recipe to themselves", cut.Find("#recipe-hidden").TextContent);
        Assert.Empty(cut.FindAll("#clip-recipe"));
        Assert.Empty(cut.FindAll("#remix"));
    }

    [Fact]
    public void The_lineage_names_the_source_and_lists_the_remixes()
    {
        var source = new LineageView(Guid.NewGuid(), "Plain circle", "Ada Lovelace");
        var remix = new LineageView(Guid.NewGuid(), "Circle, but blue", "Alan Turing");
        var clip = _clip with { RemixOf = source, Remixes = [remix], RemixCount = 1 };
        Api.GalleryClips[clip.Id] = clip;

        var cut = RenderClip(clip.Id);

        Assert.Equal("Remixed from Plain circle by Ada Lovelace", cut.Find("#remixed-from").TextContent);
        Assert.Equal($"g/{source.Id}", cut.Find("#remixed-from a").GetAttribute("href"));
        Assert.Equal("1 remix", cut.Find("#remix-count").TextContent);
        var listed = cut.Find($"#remixes li[data-clip-id='{remix.Id}']");
        Assert.Equal("Circle, but blue by Alan Turing", listed.TextContent);
        Assert.Equal($"g/{remix.Id}", listed.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_clip_remixed_from_nothing_published_shows_no_source()
    {
        var cut = RenderClip(_clip.Id);

        Assert.Empty(cut.FindAll("#remixed-from"));
        Assert.Equal("no remixes", cut.Find("#remix-count").TextContent);
    }

    [Fact]
    public void A_signed_in_visitor_likes_and_unlikes_in_place()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = RenderClip(_clip.Id);
        Assert.Equal("3 likes", cut.Find("#like-count").TextContent);

        cut.Find("#like").Click();

        Assert.Equal([(_clip.Id, true)], Api.LikeChanges);
        Assert.Equal("4 likes", cut.Find("#like-count").TextContent);
        Assert.Equal("true", cut.Find("#like").GetAttribute("aria-pressed"));

        cut.Find("#like").Click();

        Assert.Equal((_clip.Id, false), Api.LikeChanges[^1]);
        Assert.Equal("3 likes", cut.Find("#like-count").TextContent);
        Assert.Equal("false", cut.Find("#like").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void A_signed_out_visitor_sees_the_likes_and_a_sign_in_link_that_comes_back()
    {
        Authorization.SetNotAuthorized();

        var cut = RenderClip(_clip.Id);

        Assert.Equal("3 likes", cut.Find("#like-count").TextContent);
        Assert.Empty(cut.FindAll("#like"));
        Assert.Empty(cut.FindAll("#remix"));
        Assert.Equal($"/sign-in?returnUrl=%2Fg%2F{_clip.Id}", cut.Find("#sign-in-to-like").GetAttribute("href"));
        Assert.Equal("a red circle drifting left", cut.Find("#recipe-prompt").TextContent);
    }

    [Fact]
    public void The_embed_code_frames_the_embed_page_at_its_absolute_address()
    {
        var code = RenderClip(_clip.Id).Find("#embed-code").TextContent;

        Assert.StartsWith($"<iframe src=\"http://localhost/embed/{_clip.Id}\"", code);
        Assert.Contains("title=\"Red circle at dusk\"", code);
    }

    [Fact]
    public void Link_previews_read_absolute_urls_from_the_head()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        var head = Render<HeadOutlet>();

        RenderClip(_clip.Id);

        string Meta(string key) => head.Find($"meta[property='{key}'], meta[name='{key}']").GetAttribute("content")!;
        Assert.Equal("Red circle at dusk", Meta("og:title"));
        Assert.Equal("video.other", Meta("og:type"));
        Assert.Equal($"http://localhost/g/{_clip.Id}", Meta("og:url"));
        // Unsigned: a link preview fetched hours later must still work while the clip stays published.
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.PosterUrl.Split('?')[0]}", Meta("og:image"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.VideoUrl.Split('?')[0]}", Meta("og:video"));
        Assert.Equal("player", Meta("twitter:card"));
        Assert.Equal("Red circle at dusk", Meta("twitter:title"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}{_clip.PosterUrl.Split('?')[0]}", Meta("twitter:image"));
        Assert.Equal($"http://localhost/embed/{_clip.Id}", Meta("twitter:player"));
        Assert.All(new[] { "og:url", "og:image", "og:video", "twitter:image", "twitter:player" },
            key => Assert.True(Uri.TryCreate(Meta(key), UriKind.Absolute, out _), key));
    }

    [Fact]
    public void A_clip_not_in_the_gallery_says_so_and_shows_nothing_of_it()
    {
        var cut = RenderClip(Guid.NewGuid());

        Assert.Equal("Not in the gallery", cut.Find("h1").TextContent);
        Assert.Contains("not in the public gallery", cut.Find("#not-in-gallery").TextContent);
        Assert.Empty(cut.FindAll("#clip-video"));
    }

    private IRenderedComponent<GalleryClipPage> RenderClip(Guid id)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/g/{id}");
        return Render<GalleryClipPage>(p => p.Add(c => c.Id, id));
    }
}
