using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>Where new clips go (a project, a visibility) and the history that follows the picked project.</summary>
public sealed class WorkspaceProjectTests : StudioTestContext
{
    private static readonly ProjectView Campaign = Sample.Project("Spring campaign", TeamRole.Editor);
    private static readonly ProjectView Archive = Sample.Project("Archive", TeamRole.Owner, teamName: "Ada's team");
    private static readonly ProjectView Review = Sample.Project("Client review", TeamRole.Viewer);

    public WorkspaceProjectTests() => Api.Me = Api.Me with { Projects = [Campaign, Archive, Review] };

    [Fact]
    public void Only_projects_the_user_may_add_clips_to_can_be_picked()
    {
        var cut = Render<WorkspacePage>();

        Assert.Equal(["My default project (history of all my teams)", "Northern Lights / Spring campaign", "Ada's team / Archive"],
            cut.FindAll("#project option").Select(o => o.TextContent));
    }

    [Fact]
    public void A_new_clip_is_sent_with_the_picked_project_and_visibility()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#project").Change(Campaign.Id.ToString());
        cut.Find("#visibility").Change("Private");
        cut.Find("#prompt").Input("a green triangle");
        cut.Find("#generate").Click();

        var recipe = Assert.Single(Api.Submissions).Recipe;
        Assert.Equal(Campaign.Id, recipe.ProjectId);
        Assert.Equal(GenerationVisibility.Private, recipe.Visibility);
    }

    [Fact]
    public void Without_a_choice_a_clip_goes_into_no_project_and_is_visible_to_the_team()
    {
        var cut = Render<WorkspacePage>();

        cut.Find("#generate").Click();

        var recipe = Assert.Single(Api.Submissions).Recipe;
        Assert.Null(recipe.ProjectId);
        Assert.Equal(GenerationVisibility.Team, recipe.Visibility);
    }

    [Fact]
    public void Picking_a_project_shows_only_its_history()
    {
        var mine = Sample.Queued("everything I can see").Succeeded();
        var inCampaign = Sample.Queued("a campaign clip").Succeeded() with { ProjectId = Campaign.Id };
        Api.FirstPage = new GenerationPageView([mine], null);
        Api.ProjectPages[Campaign.Id] = new GenerationPageView([inCampaign], null);
        var cut = Render<WorkspacePage>();

        cut.Find("#project").Change(Campaign.Id.ToString());

        Assert.Equal([null, Campaign.Id], Api.RequestedProjects);
        Assert.Equal(inCampaign.Id.ToString(), Assert.Single(cut.FindAll(".history [data-generation-id]")).GetAttribute("data-generation-id"));
    }

    [Fact]
    public void Live_updates_from_other_projects_stay_out_of_a_projects_history()
    {
        Api.ProjectPages[Campaign.Id] = new GenerationPageView([], null);
        var cut = Render<WorkspacePage>();
        cut.Find("#project").Change(Campaign.Id.ToString());

        cut.InvokeAsync(() => Updates.PushAsync(Sample.Queued("elsewhere") with { ProjectId = Archive.Id }));
        var here = Sample.Queued("here") with { ProjectId = Campaign.Id };
        cut.InvokeAsync(() => Updates.PushAsync(here));

        Assert.Equal(here.Id.ToString(), Assert.Single(cut.FindAll(".history [data-generation-id]")).GetAttribute("data-generation-id"));
    }

    [Fact]
    public void Recalling_a_clip_keeps_the_picked_project_and_takes_the_clips_visibility()
    {
        var earlier = (Sample.Queued("a campaign clip") with { ProjectId = Campaign.Id, Visibility = GenerationVisibility.Public }).Succeeded();
        Api.ProjectPages[Campaign.Id] = new GenerationPageView([earlier], null);
        var cut = Render<WorkspacePage>();
        cut.Find("#project").Change(Campaign.Id.ToString());

        cut.Find($".history [data-generation-id='{earlier.Id}']").Click();
        cut.Find("#generate").Click();

        Assert.Equal(earlier.Recipe, Assert.Single(Api.Submissions).Recipe);
    }

    [Fact]
    public void When_the_session_has_ended_the_workspace_offers_to_sign_in_again()
    {
        Api.Unreachable = new StudioSessionEndedException("The session was revoked.");

        var cut = Render<WorkspacePage>();

        Assert.Contains("Your session has ended — sign in again.", cut.Find(".load-error").TextContent);
        Assert.NotNull(cut.Find(".load-error a.sign-in-again"));
    }
}
