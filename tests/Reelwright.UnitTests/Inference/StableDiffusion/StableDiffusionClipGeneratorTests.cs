using Reelwright.Inference;
using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

/// <summary>The Stable Diffusion pipeline end to end on a tiny export with the real layout: tokenizer, text encoder, UNet, scheduler, VAE.</summary>
public sealed class StableDiffusionClipGeneratorTests(TinyStableDiffusionModel model) : IClassFixture<TinyStableDiffusionModel>
{
    private static readonly ClipRecipe Recipe = new("a red circle", "", Seed: 42, Steps: 3, Guidance: 3, Scheduler: "euler",
        Walk: new LatentWalk(Keyframes: 3, FramesBetween: 2, EndPrompt: null));

    [Fact]
    public async Task A_walk_makes_every_keyframe_and_every_frame_between_at_the_models_size()
    {
        var generated = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((7, 64, 64, 8), (generated.Clip.FrameCount, generated.Clip.Width, generated.Clip.Height, generated.Clip.Fps));
        Assert.Equal(7 * 64 * 64 * 3, generated.Clip.Pixels.Length);
        Assert.Equal(FramesHash.Sha256(generated.Clip), generated.FramesSha256);
        Assert.Equal("euler-cfg-latent-walk", generated.Sampler);
        // Not a blank clip: the VAE's pixels vary within a frame.
        Assert.True(generated.Clip.Frame(0).ToArray().Distinct().Count() > 10);
    }

    [Fact]
    public async Task The_same_recipe_gives_the_same_frames_and_another_seed_other_frames()
    {
        var first = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var again = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var reseeded = await model.Generator.GenerateAsync(Recipe with { Seed = 43 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(first.FramesSha256, again.FramesSha256);
        Assert.NotEqual(first.FramesSha256, reseeded.FramesSha256);
    }

    [Fact]
    public async Task Consecutive_keyframes_come_from_consecutive_seeds()
    {
        // Seed 42's second keyframe is seed 43's first: the walk starts each keyframe from its own seed's noise.
        var from42 = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var from43 = await model.Generator.GenerateAsync(Recipe with { Seed = 43 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(from43.Clip.Frame(0).ToArray(), from42.Clip.Frame(3).ToArray());
    }

    [Fact]
    public async Task Frames_between_keyframes_change_gradually()
    {
        var generated = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);

        var keyToKey = Distance(generated.Clip.Frame(0), generated.Clip.Frame(3));
        var firstStep = Distance(generated.Clip.Frame(0), generated.Clip.Frame(1));

        Assert.True(keyToKey > 0, "the two keyframes are identical");
        Assert.True(firstStep < keyToKey, $"one frame moved {firstStep}, the whole segment {keyToKey}");
    }

    [Fact]
    public async Task An_end_prompt_moves_the_last_frame_but_not_the_first()
    {
        var still = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var moving = await model.Generator.GenerateAsync(Recipe with { Walk = Recipe.Walk! with { EndPrompt = "a blue square" } },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(still.Clip.Frame(0).ToArray(), moving.Clip.Frame(0).ToArray());
        Assert.NotEqual(still.Clip.Frame(6).ToArray(), moving.Clip.Frame(6).ToArray());
    }

    [Fact]
    public async Task Guidance_and_the_prompt_reach_the_pixels()
    {
        var red = await model.Generator.GenerateAsync(Recipe, cancellationToken: TestContext.Current.CancellationToken);
        var blue = await model.Generator.GenerateAsync(Recipe with { Prompt = "a blue square" }, cancellationToken: TestContext.Current.CancellationToken);
        var unguided = await model.Generator.GenerateAsync(Recipe with { Guidance = 0 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(red.FramesSha256, blue.FramesSha256);
        Assert.NotEqual(red.FramesSha256, unguided.FramesSha256);
    }

    [Fact]
    public async Task The_lcm_scheduler_makes_a_clip_too()
    {
        var generated = await model.Generator.GenerateAsync(Recipe with { Scheduler = "lcm", Steps = 4 }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(7, generated.Clip.FrameCount);
        Assert.Equal("lcm-cfg-latent-walk", generated.Sampler);
    }

    [Fact]
    public async Task Progress_counts_every_step_of_every_frame()
    {
        var reports = new List<SamplingProgress>();

        await model.Generator.GenerateAsync(Recipe, new SynchronousProgress<SamplingProgress>(reports.Add), TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 21), reports.Select(r => r.Step));
        Assert.All(reports, r => Assert.Equal(21, r.TotalSteps));
    }

    [Fact]
    public async Task Cancelling_between_steps_stops_the_walk()
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var steps = 0;
        var progress = new SynchronousProgress<SamplingProgress>(_ =>
        {
            if (++steps == 4)
                cancellation.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.Generator.GenerateAsync(Recipe, progress, cancellation.Token));
        Assert.Equal(4, steps);
    }

    [Theory]
    [InlineData("dpm", 3, 3)]
    [InlineData("euler", 1, 3)]
    [InlineData("euler", 9, 3)]
    [InlineData("euler", 3, 99)]
    public async Task A_recipe_outside_the_manifest_is_refused(string scheduler, int keyframes, int steps)
    {
        var recipe = Recipe with { Scheduler = scheduler, Steps = steps, Walk = new LatentWalk(keyframes, 1, null) };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => model.Generator.GenerateAsync(recipe, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void The_model_fingerprint_covers_all_three_networks()
    {
        Assert.Matches("^[0-9a-f]{64}$", model.Generator.ModelSha256);
        Assert.DoesNotContain(model.Generator.ModelSha256, model.Manifest.StableDiffusion!.Networks.Select(n => n.Sha256));
    }

    private static double Distance(ReadOnlyMemory<byte> a, ReadOnlyMemory<byte> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
            sum += Math.Abs(a.Span[i] - b.Span[i]);
        return sum / a.Length;
    }
}
