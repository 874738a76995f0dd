using Reelwright.Inference;
using Xunit;

namespace Reelwright.UnitTests.Inference;

public sealed class ClipSamplerTests
{
    private static readonly long[] Tokens = new long[24];

    [Fact]
    public void Timesteps_fall_evenly_from_pure_noise()
    {
        var denoiser = new FakeClipDenoiser(0.5f, 0f);

        Sample(denoiser, steps: 4, guidance: 1.5f, null, TestContext.Current.CancellationToken);

        Assert.Equal([1f, 0.75f, 0.5f, 0.25f], denoiser.Timesteps);
    }

    [Fact]
    public void The_clip_ends_on_the_guided_prediction()
    {
        // d = d_neg + g * (d_prompt - d_neg) = 0.2 + 1.5 * (0.6 - 0.2)
        var clip = Sample(new FakeClipDenoiser(0.6f, 0.2f), steps: 3, guidance: 1.5f, null, TestContext.Current.CancellationToken);

        Assert.All(clip, value => Assert.Equal(0.8f, value, 1e-6f));
    }

    [Fact]
    public void Each_step_keeps_the_share_of_noise_the_next_timestep_has_left()
    {
        var denoiser = new FakeClipDenoiser(0f, 0f);
        var clip = new float[denoiser.Shape.ElementCount];
        clip.AsSpan().Fill(1f);
        var seen = new List<float>();
        var progress = new SynchronousProgress<SamplingProgress>(_ => seen.Add(clip[0]));

        new ClipSampler(denoiser).Sample(clip, Tokens, Tokens, 4, 1f, progress, TestContext.Current.CancellationToken);

        // With d = 0, x_next = (t'/t) * x: 0.75, then 0.75 * 0.5/0.75, ...
        Assert.Equal([0.75f, 0.5f, 0.25f, 0f], seen);
    }

    [Fact]
    public void Progress_is_reported_after_every_step()
    {
        var reports = new List<SamplingProgress>();

        Sample(new FakeClipDenoiser(0f, 0f), steps: 3, guidance: 1f, new SynchronousProgress<SamplingProgress>(reports.Add), TestContext.Current.CancellationToken);

        Assert.Equal([new(1, 3), new(2, 3), new(3, 3)], reports);
    }

    [Fact]
    public void Cancellation_stops_sampling_before_the_next_step()
    {
        using var cancellation = new CancellationTokenSource();
        var denoiser = new FakeClipDenoiser(0f, 0f);
        var progress = new SynchronousProgress<SamplingProgress>(p =>
        {
            if (p.Step == 2)
                cancellation.Cancel();
        });

        Assert.Throws<OperationCanceledException>(() => Sample(denoiser, steps: 10, guidance: 1f, progress, cancellation.Token));
        Assert.Equal(2, denoiser.Timesteps.Count);
    }

    [Fact]
    public void Every_value_follows_the_cards_double_precision_step_to_the_last_bit()
    {
        var denoiser = new RampClipDenoiser();
        const int steps = 5;
        const float guidance = 1.5f;
        var clip = SeededGaussianNoise.Create(11, denoiser.Shape.ElementCount);
        var expected = (float[])clip.Clone();
        var afterEachStep = new List<float[]>();

        new ClipSampler(denoiser).Sample(
            clip, Tokens, Tokens, steps, guidance, new SynchronousProgress<SamplingProgress>(_ => afterEachStep.Add((float[])clip.Clone())), TestContext.Current.CancellationToken);

        // The card's pseudo-code, one value at a time, in double; every step but the last keeps some of x.
        for (var i = 0; i < steps; i++)
        {
            var t = 1.0 - (double)i / steps;
            var keptNoise = (1.0 - (double)(i + 1) / steps) / t;
            for (var j = 0; j < expected.Length; j++)
            {
                double prompt = RampClipDenoiser.PromptPrediction(j, (float)t), negative = RampClipDenoiser.NegativePrediction(j, (float)t);
                var d = negative + guidance * (prompt - negative);
                expected[j] = (float)(d + keptNoise * (expected[j] - d));
            }

            Assert.Equal(expected, afterEachStep[i]);
        }
    }

    private static float[] Sample(FakeClipDenoiser denoiser, int steps, float guidance, IProgress<SamplingProgress>? progress, CancellationToken cancellationToken)
    {
        var clip = SeededGaussianNoise.Create(7, denoiser.Shape.ElementCount);
        new ClipSampler(denoiser).Sample(clip, Tokens, Tokens, steps, guidance, progress, cancellationToken);
        return clip;
    }
}
