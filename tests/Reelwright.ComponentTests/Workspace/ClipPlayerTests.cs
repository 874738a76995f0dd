using Bunit;
using Reelwright.Web.Components.Workspace;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Workspace;

public sealed class ClipPlayerTests : StudioTestContext
{
    [Fact]
    public void A_finished_clip_is_shown_with_the_recipe_that_reproduces_it()
    {
        var generation = (Sample.Queued("a teal hexagon", seed: 31337, steps: 12, guidance: 2.5) with { NegativePrompt = "blur" }).Succeeded();

        var cut = Render<ClipPlayer>(p => p.Add(c => c.Generation, generation));

        var recipe = cut.FindAll(".recipe dd").Select(d => d.TextContent).ToList();
        Assert.Equal(["a teal hexagon", "blur", "minisora-shapes", "31337", "12 · 2.5"], recipe.Take(5));
        Assert.Contains("16 frames · 8 fps · 2 s", recipe);
        Assert.Contains("CPUExecutionProvider · ONNX Runtime 1.23.0 · rectified-flow-euler", recipe);
        Assert.Equal(new string('b', 64), cut.Find("#clip-frames-hash").GetAttribute("title"));
    }

    [Fact]
    public void An_empty_negative_prompt_is_left_out()
    {
        var cut = Render<ClipPlayer>(p => p.Add(c => c.Generation, Sample.Queued().Succeeded()));

        Assert.DoesNotContain("Negative", cut.FindAll(".recipe dt").Select(d => d.TextContent));
    }

    [Fact]
    public void A_generation_still_running_shows_its_progress_instead_of_a_video()
    {
        var cut = Render<ClipPlayer>(p => p.Add(c => c.Generation, Sample.Queued(steps: 20).AtStep(8)));

        Assert.Empty(cut.FindAll("video"));
        Assert.Equal("Step 8 of 20", cut.Find(".job-status").TextContent);
    }
}
