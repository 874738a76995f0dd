using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The workspace opened from a clip's review page to make its next version, perhaps answering a note.</summary>
public sealed class WorkspaceNewVersionTests : StudioTestContext
{
    private readonly ProjectView _project = Sample.Project("Spring campaign", TeamRole.Editor);
    private readonly Guid _shotId = Guid.NewGuid();
    private readonly GenerationView _parent;

    public WorkspaceNewVersionTests()
    {
        Api.Me = Api.Me with { Projects = [_project] };
        _parent = (Sample.Queued("a red circle drifting left", seed: 9876, steps: 12, guidance: 2.5) with { NegativePrompt = "noise" }).Succeeded()
            with { ProjectId = _project.Id, ShotId = _shotId, ShotVersion = 2, Visibility = GenerationVisibility.Private };
        Api.Generations[_parent.Id] = _parent;
        Api.Shots[_shotId] = new ShotView(_shotId, _project.Id, "Red circle", Sample.Noon, [new ShotVersionView(2, null, [], ReviewState.ChangesRequested, _parent)]);
    }

    [Fact]
    public void A_parent_in_the_address_loads_its_recipe_into_the_form_and_says_what_is_being_made()
    {
        var cut = RenderWorkspace($"/?parent={_parent.Id}");

        Assert.Equal("a red circle drifting left", cut.Find("#prompt").GetAttribute("value"));
        Assert.Equal("noise", cut.Find("#negative-prompt").GetAttribute("value"));
        Assert.Equal("9876", cut.Find("#seed").GetAttribute("value"));
        Assert.Equal(_project.Id.ToString(), cut.Find("#project").GetAttribute("value"));
        Assert.Contains("New version of v2 of Red circle", cut.Find("#new-version-of").TextContent);
        Assert.Equal($"clips/{_parent.Id}", cut.Find("#new-version-of a").GetAttribute("href"));
    }

    [Fact]
    public void Generate_sends_the_parent_with_the_recipe()
    {
        var cut = RenderWorkspace($"/?parent={_parent.Id}");

        cut.Find("#seed").Input("42");
        cut.Find("#generate").Click();

        Assert.Equal(_parent.Recipe with { Seed = 42, ParentGenerationId = _parent.Id }, Assert.Single(Api.Submissions).Recipe);
    }

    [Fact]
    public void Clearing_the_parent_makes_the_next_clip_a_new_one()
    {
        var cut = RenderWorkspace($"/?parent={_parent.Id}");

        cut.Find("#clear-parent").Click();
        cut.Find("#generate").Click();

        Assert.Empty(cut.FindAll("#new-version-of"));
        Assert.Null(Assert.Single(Api.Submissions).Recipe.ParentGenerationId);
    }

    [Fact]
    public void A_parent_outside_any_shot_is_named_by_its_prompt()
    {
        var loose = Sample.Queued("a green triangle").Succeeded() with { ProjectId = _project.Id };
        Api.Generations[loose.Id] = loose;

        var cut = RenderWorkspace($"/?parent={loose.Id}");

        Assert.Contains("New version of \"a green triangle\"", cut.Find("#new-version-of").TextContent);
    }

    [Fact]
    public void The_note_being_answered_is_shown_beside_the_form()
    {
        var note = Sample.Comment(_parent.Id, "Make the circle blue", 4, 7, author: "Grace Hopper");
        Api.Comments.Add(note);

        var cut = RenderWorkspace($"/?parent={_parent.Id}&note={note.Id}");

        Assert.Equal(note.Id.ToString(), cut.Find("#note").GetAttribute("data-comment-id"));
        Assert.Equal("Make the circle blue", cut.Find("#note .note-body").TextContent);
        Assert.Equal("Grace Hopper", cut.Find("#note .note-author").TextContent);
        Assert.Equal("Frames 5–8 · 00:00:00:04", cut.Find("#note .note-frames").TextContent);
    }

    [Fact]
    public void The_clip_player_links_to_the_clips_review_page()
    {
        Api.FirstPage = new GenerationPageView([_parent], null);
        var cut = Render<WorkspacePage>();

        cut.Find($".history [data-generation-id='{_parent.Id}']").Click();

        Assert.Equal($"clips/{_parent.Id}", cut.Find(".player .review-link").GetAttribute("href"));
    }

    [Fact]
    public void With_a_project_picked_the_workspace_links_to_its_activity()
    {
        var cut = Render<WorkspacePage>();
        Assert.Empty(cut.FindAll("#project-activity"));

        cut.Find("#project").Change(_project.Id.ToString());

        Assert.Equal($"projects/{_project.Id}/activity", cut.Find("#project-activity").GetAttribute("href"));
    }

    private IRenderedComponent<WorkspacePage> RenderWorkspace(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<WorkspacePage>();
    }
}
