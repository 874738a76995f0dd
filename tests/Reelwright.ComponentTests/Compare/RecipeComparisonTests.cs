using Reelwright.Web.Components.Compare;
using Reelwright.Web.Studio;
using Xunit;

namespace Reelwright.ComponentTests.Compare;

public sealed class RecipeComparisonTests
{
    [Fact]
    public void Latent_walk_settings_are_listed_only_when_either_clip_walks()
    {
        var plain = Sample.Queued();
        var walk = plain with { ModelId = Sample.StableDiffusionModel.Id, Scheduler = "euler", Keyframes = 3, FramesBetween = 4, EndPrompt = null };

        Assert.Equal(["prompt", "modelId", "seed", "steps", "guidance"], RecipeComparison.Rows(plain, plain).Select(r => r.Field));

        var rows = RecipeComparison.Rows(plain, walk).ToDictionary(r => r.Field);
        Assert.Equal(("—", "3"), (rows["keyframes"].A, rows["keyframes"].B));
        Assert.True(rows["scheduler"].Differs);
        Assert.False(rows.ContainsKey("endPrompt"));
    }
}
