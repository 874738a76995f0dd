using System.Net;
using Bunit;
using Reelwright.Web.Components.Pages.Prompts;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Prompts;

/// <summary>One prompt's page: its history as a tree, diffs between picked versions, labels and their moves, and saving a branch.</summary>
public sealed class PromptPageTests : StudioTestContext
{
    private static readonly UserView Grace = new(Guid.Parse("0199a000-0000-7000-8000-000000000002"), "grace@example.test", "Grace Hopper");
    private readonly ProjectView _project = Sample.Project("Spring campaign", TeamRole.Editor);
    private readonly PromptView _prompt;

    public PromptPageTests()
    {
        _prompt = SamplePrompts.Branched(_project.Id);
        Api.Prompts[_prompt.Id] = _prompt;
        Api.Me = Api.Me with { Projects = [_project] };
        Api.Teams[_project.TeamId] = new TeamView(_project.TeamId, _project.TeamName, TeamRole.Editor,
            [Sample.Member("Ada Lovelace", TeamRole.Editor) with { UserId = Sample.User.Id }, Sample.Member("Grace Hopper", TeamRole.Owner) with { UserId = Grace.Id }]);
    }

    [Fact]
    public void Versions_nest_under_the_version_they_were_edited_from_and_a_branch_sits_beside_its_sibling()
    {
        var cut = RenderPage();

        Assert.Equal(["1"], cut.FindAll("#version-tree ul.tree > li").Select(Number));
        var children = cut.FindAll("li[data-version='1'] > ul > li");
        Assert.Equal(["2", "4"], children.Select(Number));
        Assert.Contains("branches", cut.Find("li[data-version='1'] > ul").ClassList);
        Assert.Equal(["3"], cut.FindAll("li[data-version='2'] > ul > li").Select(Number));
        Assert.Empty(cut.FindAll("li[data-version='4'] ul"));

        var v2 = cut.Find("li[data-version='2'] > .node");
        Assert.Contains("v2", v2.QuerySelector(".number")!.TextContent);
        Assert.Equal("add motion", v2.QuerySelector(".message")!.TextContent);
        Assert.Contains("Ada Lovelace", v2.QuerySelector(".author")!.TextContent);
        Assert.Contains("2025-11-25 12:02 UTC", v2.QuerySelector(".author")!.TextContent);
        Assert.Equal(["approved"], v2.QuerySelectorAll(".label-chip").Select(c => c.TextContent));
        Assert.Equal($"/?prompt={_prompt.Id}&version=2", v2.QuerySelector("a.open-in-workspace")!.GetAttribute("href"));
        Assert.Equal($"/sweeps/new?prompt={_prompt.Id}&version=2", v2.QuerySelector("a.sweep")!.GetAttribute("href"));
    }

    [Fact]
    public void Picking_a_from_and_a_to_version_asks_for_that_diff_and_shows_it()
    {
        Api.Diffs[(_prompt.Id, 4, 3)] = new PromptDiffView(4, 3,
            [new(DiffPieceKind.Same, "a "), new(DiffPieceKind.Deleted, "blue square"), new(DiffPieceKind.Inserted, "red circle drifting left, slowly")],
            [], [new("variables", "colour = red | blue", "")]);
        var cut = RenderPage();
        Assert.True(cut.Find("#show-diff").HasAttribute("disabled"));

        cut.Find("li[data-version='4'] > .node .pick-from").Change(true);
        cut.Find("li[data-version='3'] > .node .pick-to").Change(true);
        cut.Find("#show-diff").Click();

        Assert.Equal([(_prompt.Id, 4, 3)], Api.DiffRequests);
        Assert.Equal("blue square", cut.Find("#prompt-diff #diff-text del").TextContent);
        Assert.Equal("red circle drifting left, slowly", cut.Find("#prompt-diff #diff-text ins").TextContent);
        Assert.Equal("variables", cut.Find("#parameter-changes tbody tr").GetAttribute("data-field"));
        Assert.Empty(cut.FindAll("#compare-diff-clips"));
    }

    [Fact]
    public void A_diff_of_two_versions_with_clips_links_to_comparing_their_latest_clips()
    {
        Api.Diffs[(_prompt.Id, 1, 2)] = new PromptDiffView(1, 2, [new(DiffPieceKind.Inserted, "drifting left")], [], []);
        var clip = Sample.Queued("a red circle").Succeeded();
        Api.FirstClipPage = new GenerationPageView([Sample.Queued("still running"), clip], null);
        var cut = RenderPage();

        cut.Find("li[data-version='1'] > .node .pick-from").Change(true);
        cut.Find("li[data-version='2'] > .node .pick-to").Change(true);
        cut.Find("#show-diff").Click();

        Assert.Equal([(_prompt.Id, 1), (_prompt.Id, 2)], Api.ClipSearches.Select(s => (s.Search.PromptId!.Value, s.Search.PromptVersion!.Value)));
        Assert.Equal($"compare?a={clip.Id}&b={clip.Id}", cut.Find("#compare-diff-clips").GetAttribute("href"));
    }

    [Fact]
    public void The_same_version_as_from_and_to_cannot_be_diffed()
    {
        var cut = RenderPage();

        cut.Find("li[data-version='2'] > .node .pick-from").Change(true);
        cut.Find("li[data-version='2'] > .node .pick-to").Change(true);

        Assert.True(cut.Find("#show-diff").HasAttribute("disabled"));
    }

    [Fact]
    public void Labels_are_listed_with_their_version_and_a_click_shows_who_moved_them_when_from_where()
    {
        Api.LabelHistories[(_prompt.Id, "approved")] =
        [
            new LabelMoveView("approved", null, 1, Grace.Id, Sample.Noon.AddMinutes(30)),
            new LabelMoveView("approved", 1, 2, Sample.User.Id, Sample.Noon.AddHours(1)),
        ];
        var cut = RenderPage();

        Assert.Equal(["approved", "draft"], cut.FindAll("#labels li[data-label]").Select(l => l.GetAttribute("data-label")));
        Assert.Equal("v2", cut.Find("#labels li[data-label=approved] .points-at").TextContent);

        cut.Find("#labels li[data-label=approved] .label-name").Click();

        var moves = cut.FindAll("#label-history li.move");
        Assert.Equal(2, moves.Count);
        Assert.Equal("Grace Hopper", moves[0].QuerySelector(".who")!.TextContent);
        Assert.Equal("2025-11-25 12:30 UTC", moves[0].QuerySelector(".when")!.TextContent);
        Assert.Equal("new → v1", moves[0].QuerySelector(".change")!.TextContent);
        Assert.Equal("Ada Lovelace", moves[1].QuerySelector(".who")!.TextContent);
        Assert.Equal("v1 → v2", moves[1].QuerySelector(".change")!.TextContent);
    }

    [Fact]
    public void Moving_a_label_calls_the_api_and_the_label_and_tree_show_its_new_version()
    {
        var cut = RenderPage();

        cut.Find("#label-name").Input(" approved ");
        cut.Find("#label-version").Input("4");
        cut.Find("form.move-label").Submit();

        Assert.Equal([(_prompt.Id, "approved", 4)], Api.LabelMoves);
        Assert.Equal("approved now points at v4.", cut.Find("#label-moved").TextContent);
        Assert.Equal("v4", cut.Find("#labels li[data-label=approved] .points-at").TextContent);
        Assert.Equal(["approved"], cut.FindAll("li[data-version='4'] > .node .label-chip").Select(c => c.TextContent));
        Assert.Empty(cut.FindAll("li[data-version='2'] > .node .label-chip"));
    }

    [Fact]
    public void A_label_name_the_api_refuses_shows_its_reason_and_moves_nothing()
    {
        Api.Refusals["MoveLabelAsync"] = new StudioProblemException(HttpStatusCode.BadRequest,
            new Dictionary<string, string[]> { ["label"] = ["A label is 1 to 50 lower-case letters, digits, dashes or underscores, e.g. approved."] });
        var cut = RenderPage();

        cut.Find("#label-name").Input("Ready To Ship");
        cut.Find("#label-version").Input("3");
        cut.Find("form.move-label").Submit();

        Assert.Equal([(_prompt.Id, "Ready To Ship", 3)], Api.LabelMoves);
        Assert.Contains("lower-case letters", cut.Find(".field-error[data-field=label]").TextContent);
        Assert.Equal("true", cut.Find("#label-name").GetAttribute("aria-invalid"));
        Assert.Empty(cut.FindAll("#label-moved"));
        Assert.Equal("v2", cut.Find("#labels li[data-label=approved] .points-at").TextContent);
    }

    [Fact]
    public void Saving_from_an_older_version_branches_from_it_with_its_settings_and_the_tree_shows_the_new_branch()
    {
        var cut = RenderPage();

        cut.Find("li[data-version='2'] > .node .edit-from").Click();
        Assert.Equal("a red circle drifting left", cut.Find("#edit-text").GetAttribute("value"));
        cut.Find("#edit-text").Input("a red circle drifting right");
        cut.Find("#edit-variables").Input("colour = red | green\n\nspeed = slow");
        cut.Find("#edit-message").Input("other way");
        cut.Find("#version-editor form").Submit();

        var (promptId, draft) = Assert.Single(Api.SavedPromptVersions);
        Assert.Equal(_prompt.Id, promptId);
        Assert.Equal((2, "a red circle drifting right", "other way"), (draft.ParentVersion, draft.Text, draft.Message));
        Assert.Equal((Sample.Model.Id, 7L, 20, 1.5), (draft.ModelId, draft.Seed!.Value, draft.Steps!.Value, draft.Guidance!.Value));
        Assert.Equal(["red", "green"], draft.Variables!["colour"]);
        Assert.Equal(["slow"], draft.Variables["speed"]);
        Assert.Equal("Saved v5, from v2.", cut.Find("#version-saved").TextContent);
        Assert.Empty(cut.FindAll("#version-editor"));
        Assert.Equal(["3", "5"], cut.FindAll("li[data-version='2'] > ul > li").Select(Number));
        Assert.Contains("branches", cut.Find("li[data-version='2'] > ul").ClassList);
    }

    [Fact]
    public void The_editor_starts_from_the_picked_versions_variables_and_shows_the_apis_field_errors()
    {
        Api.SaveRefusal = new Dictionary<string, string[]>
        {
            ["text"] = ["Write the prompt (1 to 2000 characters)."],
            ["variables.colour"] = ["A variable is a name (letters, digits, _) with at least one non-empty value."],
        };
        var cut = RenderPage();

        cut.Find("li[data-version='4'] > .node .edit-from").Click();
        Assert.Equal("colour = red | blue", cut.Find("#edit-variables").GetAttribute("value"));
        cut.Find("#edit-text").Input("");
        cut.Find("#version-editor form").Submit();

        Assert.Single(Api.SavedPromptVersions);
        Assert.Equal("Write the prompt (1 to 2000 characters).", cut.Find(".field-error[data-field=text]").TextContent);
        Assert.StartsWith("colour: A variable is", cut.Find(".field-error[data-field=variables]").TextContent);
        Assert.NotNull(cut.Find("#version-editor"));
        Assert.Equal(4, cut.FindAll("li[data-version]").Count);
    }

    [Fact]
    public void A_variables_line_without_a_name_is_refused_before_anything_is_sent()
    {
        var cut = RenderPage();

        cut.Find("li[data-version='3'] > .node .edit-from").Click();
        cut.Find("#edit-variables").Input("red | blue");
        cut.Find("#version-editor form").Submit();

        Assert.Empty(Api.SavedPromptVersions);
        Assert.Contains("Line 1", cut.Find(".field-error[data-field=variables]").TextContent);
    }

    [Fact]
    public void A_viewer_sees_the_history_and_labels_without_the_forms_that_would_be_refused()
    {
        Api.Me = Api.Me with { Projects = [_project with { Role = TeamRole.Viewer }] };

        var cut = RenderPage();

        Assert.Equal(4, cut.FindAll("li[data-version]").Count);
        Assert.Empty(cut.FindAll(".edit-from"));
        Assert.Empty(cut.FindAll("form.move-label"));
        Assert.NotNull(cut.Find("#labels li[data-label=approved]"));
    }

    [Fact]
    public void The_star_shows_whether_the_prompt_is_a_favourite_and_toggles_it()
    {
        Api.StarredPrompts.Add(_prompt.Id);
        var cut = RenderPage();
        Assert.Equal("true", cut.Find("#star-prompt").GetAttribute("aria-pressed"));

        cut.Find("#star-prompt").Click();

        Assert.Equal([(_prompt.Id, false)], Api.FavouriteChanges.Where(c => c.Kind == FavouriteKind.Prompts).Select(c => (c.Id, c.Favourite)));
        Assert.Equal("false", cut.Find("#star-prompt").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void An_unreachable_api_is_reported_in_words()
    {
        Api.Unreachable = new HttpRequestException("Connection refused");

        var cut = RenderPage();

        Assert.Contains("not reachable", cut.Find(".load-error").TextContent);
        Assert.Empty(cut.FindAll("#version-tree"));
    }

    private IRenderedComponent<PromptPage> RenderPage() => Render<PromptPage>(p => p.Add(page => page.Id, _prompt.Id));

    private static string? Number(AngleSharp.Dom.IElement item) => item.GetAttribute("data-version");
}
