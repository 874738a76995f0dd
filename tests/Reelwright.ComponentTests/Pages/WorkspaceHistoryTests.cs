using Bunit;
using Reelwright.ComponentTests.Fakes;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>Recalling earlier generations from the history strip on the workspace page.</summary>
public sealed class WorkspaceHistoryTests : StudioTestContext
{
    [Fact]
    public void Clicking_a_history_item_loads_its_recipe_into_the_form_and_plays_it()
    {
        var earlier = (Sample.Queued("a red circle drifting left", seed: 9876, steps: 12, guidance: 2.5) with { NegativePrompt = "noise" }).Succeeded();
        Api.FirstPage = new GenerationPageView([Sample.Queued("the newest").Succeeded(), earlier], null);
        var cut = Render<WorkspacePage>();

        cut.Find($".history [data-generation-id='{earlier.Id}']").Click();

        Assert.Equal("a red circle drifting left", cut.Find("#prompt").GetAttribute("value"));
        Assert.Equal("noise", cut.Find("#negative-prompt").GetAttribute("value"));
        Assert.Equal("9876", cut.Find("#seed").GetAttribute("value"));
        Assert.Equal("12", cut.Find("#steps").GetAttribute("value"));
        Assert.Equal("2.5", cut.Find("#guidance").GetAttribute("value"));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{earlier.Id}/clip.mp4", cut.Find(".player video").GetAttribute("src"));
        Assert.Equal("9876", cut.Find("#clip-seed").TextContent);
        Assert.Contains("selected", cut.Find($".history [data-generation-id='{earlier.Id}']").ClassList);
    }

    [Fact]
    public void Generating_from_a_recalled_recipe_submits_it_unchanged()
    {
        var earlier = Sample.Queued("a red circle drifting left", seed: 9876, steps: 12, guidance: 2.5).Succeeded();
        Api.FirstPage = new GenerationPageView([earlier], null);
        var cut = Render<WorkspacePage>();

        cut.Find($".history [data-generation-id='{earlier.Id}']").Click();
        cut.Find("#generate").Click();

        Assert.Equal(earlier.Recipe, Assert.Single(Api.Submissions).Recipe);
    }

    [Fact]
    public void Recalling_an_earlier_recipe_clears_the_errors_of_the_one_being_edited()
    {
        var earlier = Sample.Queued().Succeeded();
        Api.FirstPage = new GenerationPageView([earlier], null);
        var cut = Render<WorkspacePage>();
        cut.Find("#seed").Input("abc");
        cut.Find("#generate").Click();

        cut.Find($".history [data-generation-id='{earlier.Id}']").Click();

        Assert.Empty(cut.FindAll(".field-error"));
        Assert.Equal("false", cut.Find("#seed").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void More_loads_the_next_history_page_with_the_cursor_the_last_one_gave()
    {
        var newest = Sample.Queued("page one").Succeeded();
        var older = Sample.Queued("page two").Succeeded();
        Api.FirstPage = new GenerationPageView([newest], "cursor-after-page-one");
        Api.PagesAfter["cursor-after-page-one"] = new GenerationPageView([older], null);
        var cut = Render<WorkspacePage>();

        cut.Find(".history .more").Click();

        Assert.Equal([null, "cursor-after-page-one"], Api.RequestedCursors);
        Assert.Equal(["page one", "page two"], cut.FindAll(".history .item").Select(i => i.GetAttribute("title")));
        Assert.Empty(cut.FindAll(".history .more"));
    }

    [Fact]
    public void A_generation_already_shown_is_not_listed_twice_when_the_next_page_repeats_it()
    {
        var pushedMeanwhile = Sample.Queued("arrived live").Succeeded();
        var newest = Sample.Queued("page one").Succeeded();
        Api.FirstPage = new GenerationPageView([pushedMeanwhile, newest], "cursor-after-page-one");
        Api.PagesAfter["cursor-after-page-one"] = new GenerationPageView([newest, Sample.Queued("page two").Succeeded()], null);
        var cut = Render<WorkspacePage>();

        cut.Find(".history .more").Click();

        Assert.Equal(["arrived live", "page one", "page two"], cut.FindAll(".history .item").Select(i => i.GetAttribute("title")));
    }

    [Fact]
    public void More_when_the_api_is_unreachable_says_so_instead_of_crashing()
    {
        Api.FirstPage = new GenerationPageView([Sample.Queued("page one").Succeeded()], "cursor-after-page-one");
        var cut = Render<WorkspacePage>();
        Api.Unreachable = new HttpRequestException("Connection refused");

        cut.Find(".history .more").Click();

        Assert.NotEmpty(cut.FindAll("[role=alert]"));
        Assert.NotEmpty(cut.FindAll(".history .more"));
    }

    [Fact]
    public async Task A_reconnect_keeps_the_older_pages_and_the_clip_being_played()
    {
        var older = Sample.Queued("page two").Succeeded();
        Api.FirstPage = new GenerationPageView([Sample.Queued("page one").Succeeded()], "cursor-after-page-one");
        Api.PagesAfter["cursor-after-page-one"] = new GenerationPageView([older], null);
        var cut = Render<WorkspacePage>();
        cut.Find(".history .more").Click();
        cut.Find($".history [data-generation-id='{older.Id}']").Click();

        await Updates.ReconnectAsync();

        cut.WaitForAssertion(() => Assert.Equal(["page one", "page two"], cut.FindAll(".history .item").Select(i => i.GetAttribute("title"))));
        Assert.Equal($"{FakeStudioApi.PublicBaseUrl}/media/{older.Id}/clip.mp4", cut.Find(".player video").GetAttribute("src"));
    }
}
