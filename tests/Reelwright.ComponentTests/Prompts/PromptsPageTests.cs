using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Studio;
using Xunit;
using PromptsPage = Reelwright.Web.Components.Pages.Prompts.Prompts;

namespace Reelwright.ComponentTests.Prompts;

/// <summary>The prompt list: searching with filters, paging with More, starring, and starting a new prompt.</summary>
public sealed class PromptsPageTests : StudioTestContext
{
    [Fact]
    public void Prompts_are_listed_with_their_latest_text_labels_and_when_they_changed()
    {
        var drift = SamplePrompts.Summary("Drifting circle", favourite: true, "approved", "draft");
        Api.FirstPromptPage = new PromptPageView([drift, SamplePrompts.Summary("Bouncing square")], null);

        var cut = Render<PromptsPage>();

        Assert.Equal([drift.Id.ToString(), Api.FirstPromptPage.Items[1].Id.ToString()], cut.FindAll("li[data-prompt-id]").Select(l => l.GetAttribute("data-prompt-id")));
        var row = cut.Find($"li[data-prompt-id='{drift.Id}']");
        Assert.Equal("Drifting circle", row.QuerySelector("a.name")!.TextContent);
        Assert.Equal($"prompts/{drift.Id}", row.QuerySelector("a.name")!.GetAttribute("href"));
        Assert.Equal("Drifting circle: a long description of the shot", row.QuerySelector(".excerpt")!.TextContent);
        Assert.Equal(["approved", "draft"], row.QuerySelectorAll(".label-chip").Select(c => c.TextContent));
        Assert.Equal("2025-11-25 12:00 UTC", row.QuerySelector(".updated")!.TextContent);
        Assert.Equal("true", row.QuerySelector(".star")!.GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("#more-prompts"));
    }

    [Fact]
    public void A_long_prompt_is_cut_to_an_excerpt()
    {
        var long_ = SamplePrompts.Summary("Long") with { LatestText = new string('x', 400) };
        Api.FirstPromptPage = new PromptPageView([long_], null);

        var cut = Render<PromptsPage>();

        var excerpt = cut.Find(".excerpt").TextContent;
        Assert.True(excerpt.Length < 200);
        Assert.EndsWith("…", excerpt);
    }

    [Fact]
    public void Searching_sends_every_filter_and_replaces_the_list()
    {
        Api.Models.Add(Sample.OtherModel);
        var cut = Render<PromptsPage>();
        Assert.Equal(new PromptFilter(), Assert.Single(Api.PromptSearches).Filter);
        Api.FirstPromptPage = new PromptPageView([SamplePrompts.Summary("Found")], null);

        cut.Find("#search-q").Input("  circle ");
        cut.Find("#search-label").Input("approved");
        cut.Find("#search-model").Change(Sample.OtherModel.Id);
        cut.Find("#search-from").Change("2025-11-01");
        cut.Find("#search-to").Change("2025-11-30");
        cut.Find("#search-favourites").Change(true);
        cut.Find("#prompt-search").Submit();

        var (filter, cursor) = Api.PromptSearches[^1];
        Assert.Null(cursor);
        Assert.Equal(new PromptFilter("circle", "approved", Sample.OtherModel.Id, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30), FavouritesOnly: true), filter);
        Assert.Equal(["Found"], cut.FindAll("a.name").Select(a => a.TextContent));
    }

    [Fact]
    public void More_asks_for_the_next_page_with_the_same_filters_and_appends_it()
    {
        var first = SamplePrompts.Summary("First");
        var second = SamplePrompts.Summary("Second");
        Api.FirstPromptPage = new PromptPageView([first], "cursor-1");
        Api.PromptPagesAfter["cursor-1"] = new PromptPageView([second], null);
        var cut = Render<PromptsPage>();
        cut.Find("#search-label").Input("approved");
        cut.Find("#prompt-search").Submit();

        cut.Find("#more-prompts").Click();

        var (filter, cursor) = Api.PromptSearches[^1];
        Assert.Equal(("approved", "cursor-1"), (filter.Label, cursor));
        Assert.Equal(["First", "Second"], cut.FindAll("a.name").Select(a => a.TextContent));
        Assert.Empty(cut.FindAll("#more-prompts"));
    }

    [Fact]
    public void The_star_toggles_a_favourite_and_shows_its_new_state()
    {
        var prompt = SamplePrompts.Summary("Drifting circle");
        Api.FirstPromptPage = new PromptPageView([prompt], null);
        var cut = Render<PromptsPage>();

        cut.Find(".star").Click();
        Assert.Equal("true", cut.Find(".star").GetAttribute("aria-pressed"));
        cut.Find(".star").Click();

        Assert.Equal([(prompt.Id, true), (prompt.Id, false)], Api.FavouriteChanges.Where(c => c.Kind == FavouriteKind.Prompts).Select(c => (c.Id, c.Favourite)));
        Assert.Equal("false", cut.Find(".star").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void Unstarring_while_showing_favourites_only_takes_it_off_the_list()
    {
        var prompt = SamplePrompts.Summary("Drifting circle", favourite: true);
        Api.FirstPromptPage = new PromptPageView([prompt], null);
        var cut = Render<PromptsPage>();
        cut.Find("#search-favourites").Change(true);
        cut.Find("#prompt-search").Submit();

        cut.Find(".star").Click();

        Assert.Equal([(prompt.Id, false)], Api.FavouriteChanges.Where(c => c.Kind == FavouriteKind.Prompts).Select(c => (c.Id, c.Favourite)));
        Assert.Empty(cut.FindAll("li[data-prompt-id]"));
    }

    [Fact]
    public void A_new_prompt_is_created_in_a_project_the_user_can_edit_and_opened()
    {
        var viewing = Sample.Project("Archive", TeamRole.Viewer);
        var editing = Sample.Project("Spring campaign", TeamRole.Editor);
        var owning = Sample.Project("Autumn", TeamRole.Owner);
        Api.Me = Api.Me with { Projects = [viewing, editing, owning] };
        var cut = Render<PromptsPage>();

        cut.Find("#new-prompt").Click();
        Assert.Equal([editing.Id.ToString(), owning.Id.ToString()], cut.FindAll("#new-project option").Select(o => o.GetAttribute("value")));
        cut.Find("#new-project").Change(owning.Id.ToString());
        cut.Find("#new-name").Input(" Drifting circle ");
        cut.Find("#new-text").Input("a red circle drifting left");
        cut.Find("#new-negative-text").Input("blurry");
        cut.Find("#new-message").Input("first try");
        cut.Find("#new-prompt-form").Submit();

        var (projectId, name, first) = Assert.Single(Api.CreatedPrompts);
        Assert.Equal((owning.Id, "Drifting circle"), (projectId, name));
        Assert.Equal(("a red circle drifting left", "blurry", "first try"), (first.Text, first.NegativeText, first.Message));
        var created = Assert.Single(Api.Prompts.Values);
        Assert.EndsWith($"/prompts/{created.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_refused_new_prompt_shows_the_apis_complaints_beside_its_fields()
    {
        Api.Me = Api.Me with { Projects = [Sample.Project("Spring campaign", TeamRole.Editor)] };
        Api.Refusals["CreatePromptAsync"] = new StudioProblemException(System.Net.HttpStatusCode.BadRequest, new Dictionary<string, string[]>
        {
            ["name"] = ["Name the prompt (1 to 200 characters)."],
            ["firstVersion.text"] = ["Write the prompt (1 to 2000 characters)."],
        });
        var cut = Render<PromptsPage>();

        cut.Find("#new-prompt").Click();
        cut.Find("#new-prompt-form").Submit();

        Assert.Equal("Name the prompt (1 to 200 characters).", cut.Find(".field-error[data-field=name]").TextContent);
        Assert.Equal("Write the prompt (1 to 2000 characters).", cut.Find(".field-error[data-field='firstVersion.text']").TextContent);
        Assert.DoesNotContain("/prompts/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void Someone_who_can_edit_no_project_is_told_why_they_cannot_start_a_prompt()
    {
        Api.Me = Api.Me with { Projects = [Sample.Project("Archive", TeamRole.Viewer)] };
        var cut = Render<PromptsPage>();

        cut.Find("#new-prompt").Click();

        Assert.NotNull(cut.Find("#no-editable-projects"));
        Assert.Empty(cut.FindAll("#create-prompt"));
    }
}
