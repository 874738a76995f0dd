namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// One scheduler step as a fixed blend: sample ← SampleWeight·sample + ModelOutputWeight·modelOutput + NoiseWeight·noise.
/// Every step of Euler and LCM has this shape (their denoised estimates are linear in sample and model output), so
/// the weights are worked out once per step count and a step is one allocation-free pass over the latent.
/// </summary>
internal readonly record struct StepBlend(double SampleWeight, double ModelOutputWeight, double NoiseWeight)
{
    public void Apply(ReadOnlySpan<float> modelOutput, Span<float> sample, ReadOnlySpan<float> noise)
    {
        if (NoiseWeight == 0)
        {
            for (var i = 0; i < sample.Length; i++)
                sample[i] = (float)(SampleWeight * sample[i] + ModelOutputWeight * modelOutput[i]);
            return;
        }

        for (var i = 0; i < sample.Length; i++)
            sample[i] = (float)(SampleWeight * sample[i] + ModelOutputWeight * modelOutput[i] + NoiseWeight * noise[i]);
    }
}
