using System.Net;
using Bunit;
using Reelwright.Web.Components.Gallery;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Gallery;

/// <summary>Publishing a clip from its review page, and taking it out of the gallery again.</summary>
public sealed class PublishPanelTests : StudioTestContext
{
    private readonly GenerationView _clip = Sample.Queued("a red circle drifting left").Succeeded() with { AuthorId = Sample.User.Id, AuthorName = Sample.User.DisplayName };

    public PublishPanelTests() => Api.Generations[_clip.Id] = _clip;

    [Fact]
    public void An_unpublished_clip_offers_its_prompt_as_the_title()
    {
        var cut = RenderPanel(_clip);

        Assert.Equal("false", cut.Find(".publish").GetAttribute("data-published"));
        Assert.Empty(GalleryPages.EvictedTags);
        Assert.Equal("a red circle drifting left", cut.Find("#publish-title").GetAttribute("value"));
        Assert.Equal("Publish", cut.Find("#publish").TextContent.Trim());
        Assert.Empty(cut.FindAll("#unpublish"));
        Assert.Empty(cut.FindAll("#gallery-link"));
    }

    [Fact]
    public void Publishing_sends_the_title_and_hidden_recipe_and_links_to_the_public_page()
    {
        var cut = RenderPanel(_clip);

        cut.Find("#publish-title").Change("  Red circle at dusk ");
        cut.Find("#publish-hide-recipe").Change(true);
        cut.Find("#publish").Click();

        Assert.Equal([(_clip.Id, "Red circle at dusk", true)], Api.Publications);
        Assert.Equal("true", cut.Find(".publish").GetAttribute("data-published"));
        Assert.Equal($"g/{_clip.Id}", cut.Find("#gallery-link").GetAttribute("href"));
        Assert.Contains("In the public gallery since", cut.Find("#publish-status").TextContent);
        Assert.Equal("Save", cut.Find("#publish").TextContent.Trim());
        // Visitors' cached gallery pages are dropped, so they see it with their next page.
        Assert.Equal(["gallery"], GalleryPages.EvictedTags);
    }

    [Fact]
    public void A_published_clip_shows_its_title_and_unpublishing_takes_it_out()
    {
        var published = _clip with { PublishedAt = Sample.Noon, Title = "Dusk", HideRecipe = true, Visibility = GenerationVisibility.Public };
        Api.Generations[_clip.Id] = published;
        var cut = RenderPanel(published);
        Assert.Equal("Dusk", cut.Find("#publish-title").GetAttribute("value"));
        Assert.NotNull(cut.Find("#publish-hide-recipe").GetAttribute("checked"));

        cut.Find("#unpublish").Click();

        Assert.Equal([_clip.Id], Api.Unpublications);
        Assert.Equal("false", cut.Find(".publish").GetAttribute("data-published"));
        Assert.Empty(cut.FindAll("#gallery-link"));
    }

    [Fact]
    public void A_refusal_is_shown_beside_the_title()
    {
        Api.Refusals["PublishAsync"] = new StudioProblemException(HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { ["title"] = ["The title must be 1 to 200 characters."] });
        var cut = RenderPanel(_clip);

        cut.Find("#publish").Click();

        Assert.Equal("The title must be 1 to 200 characters.", cut.Find(".field-error[data-field=title]").TextContent);
        Assert.Equal("false", cut.Find(".publish").GetAttribute("data-published"));
    }

    [Fact]
    public void Someone_who_may_not_manage_it_sees_only_that_it_is_published()
    {
        var published = _clip with { PublishedAt = Sample.Noon, Title = "Dusk" };

        var cut = RenderPanel(published, canManage: false);

        Assert.Equal($"g/{_clip.Id}", cut.Find("#gallery-link").GetAttribute("href"));
        Assert.Empty(cut.FindAll("#publish, #publish-title, #unpublish"));
    }

    [Fact]
    public void Nothing_is_offered_for_a_clip_still_generating_or_to_others_when_unpublished()
    {
        Assert.Empty(RenderPanel(Sample.Queued()).FindAll(".publish"));
        Assert.Empty(RenderPanel(_clip, canManage: false).FindAll(".publish"));
    }

    private IRenderedComponent<PublishPanel> RenderPanel(GenerationView generation, bool canManage = true) =>
        Render<PublishPanel>(p => p.Add(c => c.Generation, generation).Add(c => c.CanManage, canManage));
}
