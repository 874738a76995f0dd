using Reelwright.Inference.StableDiffusion.Schedulers;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// Denoises one latent: at each of the scheduler's steps, the UNet predicts the noise with and without the prompt,
/// guidance extrapolates from the one towards the other (noise = unconditional + guidance·(conditional − unconditional)),
/// and the scheduler takes its step. Buffers are allocated once per clip and reused for every frame.
/// </summary>
internal sealed class LatentSampler(UnetNetwork unet, IDiffusionScheduler scheduler, LatentShape shape, float guidance)
{
    private readonly float[] _modelInput = new float[shape.ElementCount];
    private readonly float[] _unconditional = new float[shape.ElementCount];
    private readonly float[] _conditional = new float[shape.ElementCount];
    private readonly float[] _guided = new float[shape.ElementCount];
    private readonly float[] _stepNoise = new float[shape.ElementCount];

    /// <param name="latent">Unit-variance noise on entry, the denoised latent on return.</param>
    /// <param name="stepNoiseSeed">The seed of the fresh noise a step adds, for schedulers that add some (LCM).</param>
    /// <param name="stepDone">Called with 1, 2, ... as steps finish.</param>
    /// <exception cref="OperationCanceledException">Checked before every step.</exception>
    public void Sample(
        Span<float> latent,
        ReadOnlySpan<float> unconditionalText,
        ReadOnlySpan<float> conditionalText,
        Func<int, long> stepNoiseSeed,
        Action<int> stepDone,
        CancellationToken cancellationToken)
    {
        Scale(latent, scheduler.InitNoiseSigma, latent);
        for (var step = 0; step < scheduler.StepCount; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Scale(latent, scheduler.ModelInputScale(step), _modelInput);
            unet.Predict(_modelInput, scheduler.TimestepAt(step), unconditionalText, conditionalText, _unconditional, _conditional);
            for (var i = 0; i < _guided.Length; i++)
                _guided[i] = _unconditional[i] + guidance * (_conditional[i] - _unconditional[i]);

            var noise = ReadOnlySpan<float>.Empty;
            if (scheduler.NeedsNoise(step))
            {
                SeededGaussianNoise.Fill(stepNoiseSeed(step), _stepNoise);
                noise = _stepNoise;
            }

            scheduler.Step(step, _guided, latent, noise);
            stepDone(step + 1);
        }
    }

    private static void Scale(ReadOnlySpan<float> source, float factor, Span<float> destination)
    {
        for (var i = 0; i < source.Length; i++)
            destination[i] = source[i] * factor;
    }
}
