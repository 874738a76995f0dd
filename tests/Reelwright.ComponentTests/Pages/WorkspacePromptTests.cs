using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.ComponentTests.Prompts;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The workspace holding a prompt version: opened from the prompt's history, saved as versions, followed by Generate.</summary>
public sealed class WorkspacePromptTests : StudioTestContext
{
    private readonly ProjectView _project = Sample.Project("Spring campaign", TeamRole.Editor);
    private readonly PromptView _prompt;

    public WorkspacePromptTests()
    {
        Api.Me = Api.Me with { Projects = [_project] };
        _prompt = SamplePrompts.Branched(_project.Id);
        Api.Prompts[_prompt.Id] = _prompt;
    }

    [Fact]
    public void Opening_a_version_fills_the_form_with_it_and_names_it()
    {
        var cut = RenderWorkspace($"/?prompt={_prompt.Id}&version=2");

        Assert.Equal("a red circle drifting left", cut.Find("#prompt").GetAttribute("value"));
        Assert.Equal("7", cut.Find("#seed").GetAttribute("value"));
        Assert.Equal(_project.Id.ToString(), cut.Find("#project").GetAttribute("value"));
        Assert.Equal("v2", cut.Find("#prompt-version").TextContent);
        Assert.Equal($"prompts/{_prompt.Id}", cut.Find("#prompt-link a").GetAttribute("href"));
    }

    [Fact]
    public void Generate_sends_the_version_the_form_was_opened_from()
    {
        var cut = RenderWorkspace($"/?prompt={_prompt.Id}&version=2");

        cut.Find("#generate").Click();

        var recipe = Assert.Single(Api.Submissions).Recipe;
        Assert.Equal((_prompt.Id, 2), (recipe.PromptId, recipe.PromptVersion));
    }

    [Fact]
    public void When_a_changed_form_made_a_new_version_the_form_follows_it()
    {
        Api.Answer = recipe => Task.FromResult(SubmitResult.Accepted(Sample.QueuedFrom(recipe) with { PromptId = _prompt.Id, PromptVersion = 5 }));
        var cut = RenderWorkspace($"/?prompt={_prompt.Id}&version=2");

        cut.Find("#prompt").Input("a red circle drifting right");
        cut.Find("#generate").Click();

        cut.WaitForAssertion(() => Assert.Equal("v5", cut.Find("#prompt-version").TextContent));
    }

    [Fact]
    public void Save_version_branches_from_the_opened_version_with_the_message_typed()
    {
        var cut = RenderWorkspace($"/?prompt={_prompt.Id}&version=2");

        cut.Find("#prompt").Input("a red circle drifting up");
        cut.Find("#version-message").Change("try up");
        cut.Find("#save-version").Click();

        var (promptId, draft) = Assert.Single(Api.SavedPromptVersions);
        Assert.Equal((_prompt.Id, "a red circle drifting up", "try up", (int?)2), (promptId, draft.Text, draft.Message, draft.ParentVersion));
        cut.WaitForAssertion(() => Assert.Equal("v5", cut.Find("#prompt-version").TextContent));
    }

    [Fact]
    public void A_form_without_a_prompt_can_be_saved_as_one_in_the_picked_project()
    {
        var cut = RenderWorkspace("/");
        cut.Find("#project").Change(_project.Id.ToString());
        cut.Find("#prompt").Input("a green triangle");

        cut.Find("#new-prompt-name").Change("Triangle study");
        cut.Find("#save-as-prompt").Click();

        var (projectId, name, first) = Assert.Single(Api.CreatedPrompts);
        Assert.Equal((_project.Id, "Triangle study", "a green triangle"), (projectId, name, first.Text));
        cut.WaitForAssertion(() => Assert.Equal("v1", cut.Find("#prompt-version").TextContent));
    }

    [Fact]
    public void Detaching_stops_linking_clips_to_the_prompt()
    {
        var cut = RenderWorkspace($"/?prompt={_prompt.Id}");

        Assert.Equal("v4", cut.Find("#prompt-version").TextContent);
        cut.Find("#detach-prompt").Click();
        cut.Find("#generate").Click();

        Assert.Null(Assert.Single(Api.Submissions).Recipe.PromptId);
        Assert.Empty(cut.FindAll("#prompt-version"));
    }

    private IRenderedComponent<WorkspacePage> RenderWorkspace(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<WorkspacePage>();
    }
}
