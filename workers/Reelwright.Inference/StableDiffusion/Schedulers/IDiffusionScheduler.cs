namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// Turns a UNet's predictions into the next latent, step by step, as one of diffusers' schedulers would after
/// set_timesteps. A scheduler is built for one step count and holds no state between steps, so the pipeline may
/// reuse it for every image of that count.
/// </summary>
public interface IDiffusionScheduler
{
    /// <summary>The name <see cref="DiffusionSchedulers.Create"/> knows it by: "euler" or "lcm".</summary>
    string Name { get; }

    int StepCount { get; }

    /// <summary>The value fed to the UNet's timestep input at this step (diffusers' scheduler.timesteps[step]); fractional for Euler's 'linspace' spacing.</summary>
    double TimestepAt(int step);

    /// <summary>Standard deviation of the starting latent noise (diffusers' init_noise_sigma): the pipeline multiplies unit Gaussian noise by it.</summary>
    float InitNoiseSigma { get; }

    /// <summary>diffusers' scale_model_input as a factor: the UNet sees latent · ModelInputScale(step).</summary>
    float ModelInputScale(int step);

    /// <summary>Whether <see cref="Step"/> at this step takes fresh unit Gaussian noise (LCM between steps; never at the last step).</summary>
    bool NeedsNoise(int step);

    /// <summary>
    /// One update in place: <paramref name="sample"/> becomes the next step's sample given the (already guided)
    /// model output. <paramref name="noise"/> is unit Gaussian noise of the sample's length when
    /// <see cref="NeedsNoise"/> says so, and empty otherwise. Allocates nothing.
    /// </summary>
    void Step(int step, ReadOnlySpan<float> modelOutput, Span<float> sample, ReadOnlySpan<float> noise);
}
