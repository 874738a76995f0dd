using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Prompts;
using Reelwright.Web.Components.Pages.Sweeps;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>The new-sweep form: the cell count as the user types, what is sent, and the API's complaints beside their fields.</summary>
public sealed class NewSweepTests : StudioTestContext
{
    private static readonly ProjectView Campaign = Sample.Project("Spring campaign", TeamRole.Editor);
    private static readonly ProjectView Watching = Sample.Project("Client review", TeamRole.Viewer);

    public NewSweepTests() => Api.Me = Api.Me with { Projects = [Campaign, Watching] };

    [Fact]
    public void The_cell_count_follows_the_template_variables_and_lists_as_they_are_typed()
    {
        var cut = RenderForm();

        cut.Find("#template").Input("a {{colour}} circle {rising|falling}");
        cut.Find("#variables").Input("colour = red | blue | green");
        Assert.Equal("6 cells", cut.Find("#cell-count").TextContent);

        cut.Find("#seeds").Input("1, 2");
        cut.Find("#steps").Input("10, 20");
        Assert.Equal("24 cells", cut.Find("#cell-count").TextContent);

        cut.Find("#template").Input("a {{colour}} circle {rising");
        Assert.StartsWith("Cells: not countable yet", cut.Find("#cell-count").TextContent);
    }

    [Fact]
    public void The_sweep_is_sent_as_typed_and_its_page_opens()
    {
        var created = SweepSample.ThreeAxes();
        Api.SweepAnswer = _ => SweepSubmitResult.Accepted(created);
        var cut = RenderForm();

        cut.Find("#template").Input("a {{colour}} circle {rising|falling}");
        cut.Find("#variables").Input("colour = red | blue\nsize = big|small");
        cut.Find("#seeds").Input("1, 2");
        cut.Find("#guidance").Input("1.5, 3");
        cut.Find("#project").Change(Campaign.Id.ToString());
        cut.Find("#create-sweep").Click();

        var request = Assert.Single(Api.SweepRequests);
        Assert.Equal("a {{colour}} circle {rising|falling}", request.Template);
        Assert.Equal(["red", "blue"], request.Variables!["colour"]);
        Assert.Equal(["big", "small"], request.Variables["size"]);
        Assert.Equal([1L, 2L], request.Seeds);
        Assert.Equal([1.5, 3], request.Guidance);
        Assert.Null(request.Steps);
        Assert.Equal(Campaign.Id, request.ProjectId);
        Assert.Equal(Sample.Model.Id, request.ModelId);
        Assert.Equal($"http://localhost/sweeps/{created.Id}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void The_apis_complaints_show_beside_the_fields_they_are_about()
    {
        Api.SweepAnswer = _ => SweepSubmitResult.Rejected(new Dictionary<string, string[]>
        {
            ["template"] = ["The template uses {{size}}, but there is no variable 'size'."],
            ["variables.colour"] = ["Value 2 of variable 'colour' is blank."],
            ["cells"] = ["This sweep has 400 cells; the limit is 100."],
            ["seeds"] = ["Seeds must be between 0 and 4294967295."],
            ["projectId"] = ["You have no project you may generate in; name one."],
            ["visibility"] = ["visibility must be Private, Team or Public."],
        });
        var cut = RenderForm();
        cut.Find("#template").Input("a {{size}} circle");

        cut.Find("#create-sweep").Click();

        Assert.Equal("The template uses {{size}}, but there is no variable 'size'.", ErrorAt(cut, "template"));
        Assert.Equal("Value 2 of variable 'colour' is blank.", ErrorAt(cut, "variables"));
        Assert.Equal("This sweep has 400 cells; the limit is 100.", ErrorAt(cut, "cells"));
        Assert.Equal("Seeds must be between 0 and 4294967295.", ErrorAt(cut, "seeds"));
        Assert.Equal("You have no project you may generate in; name one.", ErrorAt(cut, "projectId"));
        Assert.Equal("visibility must be Private, Team or Public.", ErrorAt(cut, ""));
        Assert.Equal("true", cut.Find("#template").GetAttribute("aria-invalid"));
        Assert.Equal("http://localhost/sweeps/new", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_list_that_is_not_numbers_is_pointed_out_without_asking_the_api()
    {
        var cut = RenderForm();
        cut.Find("#template").Input("a red circle");

        cut.Find("#seeds").Input("1, two");
        cut.Find("#create-sweep").Click();

        Assert.Empty(Api.SweepRequests);
        Assert.Equal("Seeds must be whole numbers separated by commas; \"two\" is not one.", ErrorAt(cut, "seeds"));
    }

    [Fact]
    public void Only_projects_the_user_may_generate_in_can_be_picked()
    {
        var cut = RenderForm();

        Assert.Equal(["My default project", "Northern Lights / Spring campaign"], cut.FindAll("#project option").Select(o => o.TextContent));
    }

    [Fact]
    public void Opened_from_a_prompt_version_it_sweeps_that_prompts_versions_in_its_project()
    {
        var prompt = SamplePrompts.Branched(Campaign.Id);
        Api.Prompts[prompt.Id] = prompt;
        var promptId = prompt.Id;
        Api.SweepAnswer = _ => SweepSubmitResult.Accepted(SweepSample.ThreeAxes());
        var cut = RenderForm($"/sweeps/new?project={Campaign.Id}&prompt={promptId}&version=3");

        Assert.Equal("3", cut.Find("#prompt-versions").GetAttribute("value"));
        Assert.Equal(["v3: a red circle drifting left, slowly"], cut.FindAll("#swept-versions li[data-version]").Select(li => li.TextContent));
        Assert.Equal(Campaign.Id.ToString(), cut.Find("#project").GetAttribute("value"));
        Assert.Empty(cut.FindAll("#template"));
        cut.Find("#prompt-versions").Input("2, 3");
        Assert.Equal(["2", "3"], cut.FindAll("#swept-versions li[data-version]").Select(li => li.GetAttribute("data-version")));
        cut.Find("#seeds").Input("1, 2");
        Assert.StartsWith("At least 4 cells", cut.Find("#cell-count").TextContent);
        cut.Find("#create-sweep").Click();

        var request = Assert.Single(Api.SweepRequests);
        Assert.Equal(promptId, request.PromptId);
        Assert.Equal([2, 3], request.PromptVersions);
        Assert.Null(request.Template);
        Assert.Equal(Campaign.Id, request.ProjectId);
    }

    private IRenderedComponent<NewSweep> RenderForm(string uri = "/sweeps/new")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<NewSweep>();
    }

    private static string ErrorAt(IRenderedComponent<NewSweep> cut, string field) =>
        string.Join(" ", cut.FindAll($".field-error[data-field='{field}']").Select(e => e.TextContent));
}
