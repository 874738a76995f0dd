using Bunit;
using Reelwright.Web.Studio;
using Xunit;
using WorkspacePage = Reelwright.Web.Components.Pages.Workspace;

namespace Reelwright.ComponentTests.Pages;

/// <summary>The latent-walk settings appear for Stable Diffusion models only, and what Generate sends with them.</summary>
public sealed class WorkspaceLatentWalkTests : StudioTestContext
{
    [Fact]
    public void A_minisora_model_shows_no_walk_settings_and_sends_none()
    {
        Api.Models.Add(Sample.StableDiffusionModel);
        var cut = Render<WorkspacePage>();

        cut.Find("#prompt").Input("a red circle");
        cut.Find("#generate").Click();

        Assert.Empty(cut.FindAll("fieldset.latent-walk"));
        var recipe = Assert.Single(Api.Submissions).Recipe;
        Assert.Equal((null, null, null, null), (recipe.Scheduler, recipe.Keyframes, recipe.FramesBetween, recipe.EndPrompt));
    }

    [Fact]
    public void Picking_a_stable_diffusion_model_shows_its_walk_defaults_and_the_frame_count()
    {
        Api.Models.Add(Sample.StableDiffusionModel);
        var cut = Render<WorkspacePage>();

        cut.Find("#model").Change("tiny-sd");

        Assert.Equal(["euler", "lcm"], cut.FindAll("#scheduler option").Select(o => o.TextContent));
        Assert.Equal("2", cut.Find("#keyframes").GetAttribute("value"));
        Assert.Equal("2", cut.Find("#frames-between").GetAttribute("value"));
        Assert.Equal("8", cut.Find("#keyframes").GetAttribute("max"));
        // Two keyframes and two frames between them.
        Assert.Contains("4 frames", cut.Find("fieldset.latent-walk legend").TextContent);

        cut.Find("#keyframes").Input("3");
        Assert.Contains("7 frames", cut.Find("fieldset.latent-walk legend").TextContent);
    }

    [Fact]
    public void Generate_sends_the_walk_settings_as_typed()
    {
        Api.Models.Add(Sample.StableDiffusionModel);
        var cut = Render<WorkspacePage>();
        cut.Find("#model").Change("tiny-sd");

        cut.Find("#prompt").Input("a red circle");
        cut.Find("#end-prompt").Input("a blue square");
        cut.Find("#scheduler").Change("lcm");
        cut.Find("#keyframes").Input("4");
        cut.Find("#frames-between").Input("0");
        cut.Find("#generate").Click();

        var recipe = Assert.Single(Api.Submissions).Recipe;
        Assert.Equal(new GenerationRecipe("a red circle", "", null, 4, 3, "tiny-sd", "lcm", 4, 0, "a blue square"), recipe);
    }

    [Fact]
    public void The_api_refusing_a_walk_setting_marks_that_field()
    {
        Api.Models.Add(Sample.StableDiffusionModel);
        Api.Answer = _ => Task.FromResult(SubmitResult.Rejected(new Dictionary<string, string[]> { ["keyframes"] = ["Keyframes must be between 2 and 8 for tiny-sd."] }));
        var cut = Render<WorkspacePage>();
        cut.Find("#model").Change("tiny-sd");

        cut.Find("#prompt").Input("a red circle");
        cut.Find("#generate").Click();

        Assert.Equal("true", cut.Find("#keyframes").GetAttribute("aria-invalid"));
        Assert.Contains("Keyframes must be between 2 and 8", cut.Find("fieldset.latent-walk").TextContent);
    }

    [Fact]
    public void A_model_no_worker_can_run_is_marked_with_the_reason()
    {
        Api.Models.Clear();
        Api.Models.Add(Sample.Model with { UnavailableReason = "No online worker has 'minisora-shapes' installed." });

        var cut = Render<WorkspacePage>();

        Assert.Equal("MiniSora Shapes (unavailable)", cut.Find("#model option").TextContent);
        Assert.Equal("No online worker has 'minisora-shapes' installed.", cut.Find("#model-unavailable").TextContent);
    }
}
