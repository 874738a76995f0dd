using Reelwright.Models.StableDiffusion;

namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// diffusers' EulerDiscreteScheduler without churn (s_churn = 0), so deterministic: Karras et al.'s Euler method
/// (arXiv 2206.00364, Algorithm 2) on σ interpolated at the spaced timesteps, ending at σ = 0. The latent lives in
/// σ-space (x = x₀ + σ·ε), which is why it starts at <see cref="InitNoiseSigma"/> and is scaled down for the UNet.
/// </summary>
public sealed class EulerDiscreteScheduler : IDiffusionScheduler
{
    public const string SchedulerName = "euler";

    private readonly double[] _timesteps;
    private readonly double[] _sigmas;
    private readonly StepBlend[] _blends;

    /// <exception cref="ArgumentException">The schedule has problems, or steps is not within 1..TrainTimesteps.</exception>
    public EulerDiscreteScheduler(NoiseScheduleSettings schedule, int steps)
    {
        var training = new TrainingNoiseSchedule(schedule);
        if (steps < 1 || steps > training.TrainTimesteps)
            throw new ArgumentException($"Euler takes 1 to {training.TrainTimesteps} steps, not {steps}.", nameof(steps));

        _timesteps = EulerTimesteps.For(schedule, steps);
        _sigmas = [.. _timesteps.Select(training.Sigma), 0.0];
        _blends = [.. Enumerable.Range(0, steps).Select(i => Blend(schedule.PredictionType, _sigmas[i], _sigmas[i + 1]))];

        // As diffusers' init_noise_sigma: 'leading' never reaches the top timestep, and there the starting latent is
        // given the variance of signal plus noise; 'linspace' and 'trailing' start at σ_max itself.
        var sigmaMax = _sigmas.Max();
        InitNoiseSigma = (float)(schedule.TimestepSpacing == "leading" ? Math.Sqrt(sigmaMax * sigmaMax + 1) : sigmaMax);
    }

    public string Name => SchedulerName;

    public int StepCount => _timesteps.Length;

    public float InitNoiseSigma { get; }

    public double TimestepAt(int step) => _timesteps[step];

    /// <summary>σ before the given step; <see cref="StepCount"/> gives the final σ, 0.</summary>
    public double SigmaAt(int step) => _sigmas[step];

    // The UNet was trained on x_t = √ᾱ·x₀ + √(1−ᾱ)·ε, which is the σ-space latent divided by √(σ² + 1).
    public float ModelInputScale(int step) => (float)(1 / Math.Sqrt(_sigmas[step] * _sigmas[step] + 1));

    public bool NeedsNoise(int step) => false;

    public void Step(int step, ReadOnlySpan<float> modelOutput, Span<float> sample, ReadOnlySpan<float> noise)
    {
        StepArguments.Check(this, step, modelOutput, sample, noise);
        _blends[step].Apply(modelOutput, sample, noise);
    }

    // The denoised estimate is x₀ = a·x + b·m for the prediction type:
    //   epsilon        x₀ = x − σ·m
    //   v_prediction   x₀ = x/(σ² + 1) − σ/√(σ² + 1)·m
    // Euler follows the derivative d = (x − x₀)/σ for Δσ = σ' − σ: x' = x + (x − x₀)·r with r = (σ' − σ)/σ.
    // At the last step σ' = 0, r = −1 and x' = x₀: the result is the final denoised estimate.
    private static StepBlend Blend(string predictionType, double sigma, double nextSigma)
    {
        var (a, b) = predictionType == "v_prediction"
            ? (1 / (sigma * sigma + 1), -sigma / Math.Sqrt(sigma * sigma + 1))
            : (1.0, -sigma);
        var r = (nextSigma - sigma) / sigma;
        return new StepBlend(1 + r * (1 - a), -r * b, NoiseWeight: 0);
    }
}
