using Reelwright.Api.Shots;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.UnitTests.Review;

public sealed class RecipeChangesTests
{
    private static readonly Generation Parent = new() { ModelId = "minisora-shapes", Prompt = "a red circle", NegativePrompt = "", Seed = 1, Steps = 20, Guidance = 1.5 };

    [Fact]
    public void A_plain_rerun_changes_nothing()
    {
        Assert.Empty(RecipeChanges.Between(Parent, Copy()));
    }

    [Fact]
    public void Each_changed_field_is_named_once_in_the_workspaces_order()
    {
        var child = new Generation { ModelId = "tiny-sd", Prompt = "a blue square", NegativePrompt = "blur", Seed = 2, Steps = 4, Guidance = 3, Scheduler = "lcm", Keyframes = 3, FramesBetween = 1, EndPrompt = "a cat" };

        Assert.Equal(["modelId", "prompt", "negativePrompt", "seed", "steps", "guidance", "scheduler", "keyframes", "framesBetween", "endPrompt"],
            RecipeChanges.Between(Parent, child));
    }

    private static Generation Copy() => new()
    {
        ModelId = Parent.ModelId, Prompt = Parent.Prompt, NegativePrompt = Parent.NegativePrompt, Seed = Parent.Seed, Steps = Parent.Steps, Guidance = Parent.Guidance,
    };
}
