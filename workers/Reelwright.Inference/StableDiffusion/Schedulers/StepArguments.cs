namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>The checks every <see cref="IDiffusionScheduler.Step"/> makes before touching the latent; they allocate only when they throw.</summary>
internal static class StepArguments
{
    public static void Check(IDiffusionScheduler scheduler, int step, ReadOnlySpan<float> modelOutput, Span<float> sample, ReadOnlySpan<float> noise)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(step, scheduler.StepCount);
        if (modelOutput.Length != sample.Length)
            throw new ArgumentException($"The model output holds {modelOutput.Length} values but the sample {sample.Length}.", nameof(modelOutput));

        // Noise where none is used is as much a pipeline bug as missing noise: it means the loop's bookkeeping is off.
        var expectedNoise = scheduler.NeedsNoise(step) ? sample.Length : 0;
        if (noise.Length != expectedNoise)
            throw new ArgumentException($"Step {step} of {scheduler.Name} takes {expectedNoise} noise values, not {noise.Length}.", nameof(noise));
    }
}
