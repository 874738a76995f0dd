using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>The workspace opened with ?remix={id} from a public clip page.</summary>
public sealed class WorkspaceRemixTests : StudioTestContext
{
    private readonly GalleryClipView _source = GallerySample.Clip("Red circle at dusk");

    public WorkspaceRemixTests() => Api.GalleryClips[_source.Id] = _source;

    [Fact]
    public void A_remix_fills_the_form_with_the_published_recipe_and_names_its_source()
    {
        var cut = RenderWorkspace($"/?remix={_source.Id}");

        Assert.Equal("a red circle drifting left", cut.Find("#prompt").GetAttribute("value"));
        Assert.Equal("blur", cut.Find("#negative-prompt").GetAttribute("value"));
        Assert.Equal("4242", cut.Find("#seed").GetAttribute("value"));
        Assert.Equal("Remix of Red circle at dusk by Grace Hopper", cut.Find("#remix-of span").TextContent);
        Assert.Equal($"g/{_source.Id}", cut.Find("#remix-of a").GetAttribute("href"));
    }

    [Fact]
    public void Generate_sends_the_remixed_clip_with_the_recipe()
    {
        var cut = RenderWorkspace($"/?remix={_source.Id}");

        cut.Find("#generate").Click();

        var sent = Assert.Single(Api.Submissions).Recipe;
        Assert.Equal(_source.Id, sent.RemixOfId);
        Assert.Equal((4242L, 12, 2.5, "a red circle drifting left"), (sent.Seed, sent.Steps, sent.Guidance, sent.Prompt));
    }

    [Fact]
    public void Clearing_the_remix_makes_the_next_clip_an_original()
    {
        var cut = RenderWorkspace($"/?remix={_source.Id}");

        cut.Find("#clear-remix").Click();
        cut.Find("#generate").Click();

        Assert.Empty(cut.FindAll("#remix-of"));
        Assert.Null(Assert.Single(Api.Submissions).Recipe.RemixOfId);
    }

    [Fact]
    public void A_clip_with_a_hidden_recipe_cannot_be_remixed_and_the_form_says_why()
    {
        var hidden = GallerySample.Clip("Secret sauce", hideRecipe: true);
        Api.GalleryClips[hidden.Id] = hidden;

        var cut = RenderWorkspace($"/?remix={hidden.Id}");

        Assert.Empty(cut.FindAll("#remix-of"));
        Assert.Equal("", cut.Find("#prompt").GetAttribute("value") ?? "");
        Assert.Contains("keeps its recipe hidden", cut.Markup);
    }

    [Fact]
    public void A_clip_no_longer_published_is_reported_not_a_crash()
    {
        var cut = RenderWorkspace($"/?remix={Guid.NewGuid()}");

        Assert.Empty(cut.FindAll("#remix-of"));
        Assert.Contains("not in the gallery", cut.Markup);
    }

    private IRenderedComponent<WorkspacePage> RenderWorkspace(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<WorkspacePage>();
    }
}
