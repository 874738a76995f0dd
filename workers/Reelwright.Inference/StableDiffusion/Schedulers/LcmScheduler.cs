using Reelwright.Models.StableDiffusion;

namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// diffusers' LCMScheduler (Latent Consistency Models, arXiv 2310.04378): each step jumps to a denoised estimate
/// through the consistency model's boundary condition, then, except at the last step, re-noises it to the next
/// timestep with fresh Gaussian noise. Its timesteps come from the distillation schedule, so the manifest's
/// timestepSpacing and stepsOffset do not apply, as in diffusers.
/// </summary>
public sealed class LcmScheduler : IDiffusionScheduler
{
    public const string SchedulerName = "lcm";

    // diffusers' defaults: timestep_scaling, and the σ_data of the consistency model's c_skip/c_out.
    private const double TimestepScaling = 10.0;
    private const double SigmaData = 0.5;

    private readonly int[] _timesteps;
    private readonly StepBlend[] _blends;

    /// <param name="originalSteps">original_inference_steps: how many evenly spaced timesteps the model was distilled on.</param>
    /// <exception cref="ArgumentException">The schedule has problems, originalSteps is not within 1..TrainTimesteps, or steps not within 1..originalSteps.</exception>
    public LcmScheduler(NoiseScheduleSettings schedule, int steps, int originalSteps = 50)
    {
        var training = new TrainingNoiseSchedule(schedule);
        if (originalSteps < 1 || originalSteps > training.TrainTimesteps)
            throw new ArgumentException($"LCM's original steps must be 1 to {training.TrainTimesteps}, not {originalSteps}.", nameof(originalSteps));
        if (steps < 1 || steps > originalSteps)
            throw new ArgumentException($"LCM distilled on {originalSteps} steps takes 1 to {originalSteps} steps, not {steps}.", nameof(steps));

        _timesteps = Timesteps(training.TrainTimesteps, steps, originalSteps);
        _blends = [.. Enumerable.Range(0, steps).Select(i => Blend(training, schedule.PredictionType, i))];
    }

    public string Name => SchedulerName;

    public int StepCount => _timesteps.Length;

    // LCM works on the model's own x_t, unit variance at the top and unscaled for the UNet.
    public float InitNoiseSigma => 1f;

    public double TimestepAt(int step) => _timesteps[step];

    public float ModelInputScale(int step) => 1f;

    public bool NeedsNoise(int step) => step < StepCount - 1;

    public void Step(int step, ReadOnlySpan<float> modelOutput, Span<float> sample, ReadOnlySpan<float> noise)
    {
        StepArguments.Check(this, step, modelOutput, sample, noise);
        _blends[step].Apply(modelOutput, sample, noise);
    }

    // The distillation schedule is every k-th training timestep ending at k·originalSteps − 1 (k = ⌊T/originalSteps⌋),
    // highest first; the run takes the entries at indices ⌊j·originalSteps/steps⌋, as diffusers' floor of
    // np.linspace(0, originalSteps, steps, endpoint=False). 4 of 50 on T = 1000 gives 999, 759, 499, 259.
    private static int[] Timesteps(int trainTimesteps, int steps, int originalSteps)
    {
        var k = trainTimesteps / originalSteps;
        var indexSpacing = (double)originalSteps / steps;
        var timesteps = new int[steps];
        for (var j = 0; j < steps; j++)
        {
            var index = (int)Math.Floor(j * indexSpacing);
            timesteps[j] = (originalSteps - index) * k - 1;
        }
        return timesteps;
    }

    // x₀ = a·x + b·m for the prediction type (epsilon: x₀ = (x − √(1−ᾱ)·m)/√ᾱ; v: x₀ = √ᾱ·x − √(1−ᾱ)·m), then the
    // boundary condition denoised = c_out·x₀ + c_skip·x, which makes the step the identity at t = 0. Between steps
    // the result is re-noised to the next timestep: √ᾱ'·denoised + √(1−ᾱ')·z; the last step returns denoised itself.
    private StepBlend Blend(TrainingNoiseSchedule training, string predictionType, int step)
    {
        var timestep = _timesteps[step];
        var alphaBar = training.AlphaBar(timestep);
        var (a, b) = predictionType == "v_prediction"
            ? (Math.Sqrt(alphaBar), -Math.Sqrt(1 - alphaBar))
            : (1 / Math.Sqrt(alphaBar), -Math.Sqrt(1 - alphaBar) / Math.Sqrt(alphaBar));

        var scaled = timestep * TimestepScaling;
        var cSkip = SigmaData * SigmaData / (scaled * scaled + SigmaData * SigmaData);
        var cOut = scaled / Math.Sqrt(scaled * scaled + SigmaData * SigmaData);
        var denoisedSampleWeight = cOut * a + cSkip;
        var denoisedModelOutputWeight = cOut * b;

        if (step == _timesteps.Length - 1)
            return new StepBlend(denoisedSampleWeight, denoisedModelOutputWeight, NoiseWeight: 0);

        var nextAlphaBar = training.AlphaBar(_timesteps[step + 1]);
        var keep = Math.Sqrt(nextAlphaBar);
        return new StepBlend(keep * denoisedSampleWeight, keep * denoisedModelOutputWeight, Math.Sqrt(1 - nextAlphaBar));
    }
}
