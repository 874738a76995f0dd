using Reelwright.Inference;
using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

[Collection(MiniSoraShapesCollection.Name)]
public sealed class ClipGeneratorTests(MiniSoraShapesModel model)
{
    // Two steps keep these tests quick; determinism does not depend on the step count.
    private static readonly ClipRecipe Recipe = new("a large yellow square spinning slowly on a black background", "", Seed: 1234, Steps: 2, Guidance: 1.5);

    [Fact]
    public async Task The_same_recipe_twice_gives_byte_identical_frames()
    {
        var first = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var second = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.FramesSha256, second.FramesSha256);
        Assert.Equal(first.Clip.Pixels, second.Clip.Pixels);
    }

    [Fact]
    public async Task Another_seed_gives_other_frames()
    {
        var first = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var other = await model.Generator.GenerateAsync(Recipe with { Seed = 1235 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(first.FramesSha256, other.FramesSha256);
    }

    [Fact]
    public async Task A_clip_has_the_models_frames_size_and_rate()
    {
        var generated = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((16, 64, 64, 8), (generated.Clip.FrameCount, generated.Clip.Width, generated.Clip.Height, generated.Clip.Fps));
        Assert.Equal(16 * 64 * 64 * 3, generated.Clip.Pixels.Length);
        Assert.Equal(FramesHash.Sha256(generated.Clip), generated.FramesSha256);
        Assert.Equal("rectified-flow-euler-cfg", generated.Sampler);
    }

    [Fact]
    public void The_generator_tells_what_produced_a_clip()
    {
        Assert.Equal(model.Manifest.MiniSora!.Sha256, model.Generator.ModelSha256);
        Assert.Equal("CPU", model.Generator.ExecutionProvider);
        Assert.Matches(@"^\d+\.\d+\.\d+", model.Generator.OnnxRuntimeVersion);
    }

    [Fact]
    public async Task Cancelling_between_steps_stops_the_generation()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var steps = 0;
        var progress = new SynchronousProgress<SamplingProgress>(p =>
        {
            steps = p.Step;
            cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.Generator.GenerateAsync(Recipe with { Steps = 20 }, progress, cancellation.Token));
        Assert.Equal(1, steps);
    }

    [Fact]
    public async Task Steps_outside_the_models_limits_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => model.Generator.GenerateAsync(Recipe with { Steps = 0 }, cancellationToken: TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => model.Generator.GenerateAsync(Recipe with { Guidance = 12.5 }, cancellationToken: TestContext.Current.CancellationToken));
    }
}
