using Reelwright.Models.StableDiffusion;

namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>The schedulers a Stable Diffusion-layout model can be sampled with, by name.</summary>
public static class DiffusionSchedulers
{
    public static IReadOnlyList<string> Names { get; } = [EulerDiscreteScheduler.SchedulerName, LcmScheduler.SchedulerName];

    /// <param name="lcmOriginalSteps">LCM's original_inference_steps, the distillation schedule its timesteps are picked from; ignored by Euler.</param>
    /// <exception cref="ArgumentException">The name is unknown, the schedule has problems, or the step count does not fit it.</exception>
    public static IDiffusionScheduler Create(string name, NoiseScheduleSettings schedule, int steps, int lcmOriginalSteps = 50) =>
        name switch
        {
            EulerDiscreteScheduler.SchedulerName => new EulerDiscreteScheduler(schedule, steps),
            LcmScheduler.SchedulerName => new LcmScheduler(schedule, steps, lcmOriginalSteps),
            _ => throw new ArgumentException($"Unknown scheduler '{name}'; known are {string.Join(", ", Names)}.", nameof(name)),
        };
}
