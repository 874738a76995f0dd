using Reelwright.Models.StableDiffusion;

namespace Reelwright.Inference.StableDiffusion.Schedulers;

/// <summary>
/// Which training timesteps an Euler run visits, per diffusers' timestep_spacing (the annotations of Table 2 in
/// "Common Diffusion Noise Schedules and Sample Steps are Flawed", arXiv 2305.08891), highest first.
/// </summary>
internal static class EulerTimesteps
{
    public static double[] For(NoiseScheduleSettings settings, int steps) =>
        settings.TimestepSpacing switch
        {
            "linspace" => Linspace(settings.TrainTimesteps, steps),
            "leading" => Leading(settings.TrainTimesteps, steps, settings.StepsOffset),
            "trailing" => Trailing(settings.TrainTimesteps, steps),
            _ => throw new ArgumentException($"Unknown timestep spacing '{settings.TimestepSpacing}'.", nameof(settings)),
        };

    // Evenly from T−1 down to 0, fractional in between. diffusers holds these in float32, so they are rounded through
    // float to be the very values it feeds the UNet. With one step linspace gives [0], as np.linspace(0, T−1, 1) does.
    private static double[] Linspace(int trainTimesteps, int steps)
    {
        var timesteps = new double[steps];
        var spacing = steps == 1 ? 0.0 : (trainTimesteps - 1.0) / (steps - 1);
        for (var k = 0; k < steps; k++)
        {
            var index = steps - 1 - k;
            var value = index == steps - 1 && steps > 1 ? trainTimesteps - 1.0 : index * spacing;
            timesteps[k] = (float)value;
        }
        return timesteps;
    }

    // Multiples of ⌊T/n⌋ from 0 up, shifted by steps_offset; the top of the range is never visited.
    private static double[] Leading(int trainTimesteps, int steps, int stepsOffset)
    {
        var ratio = trainTimesteps / steps;
        var timesteps = new double[steps];
        for (var k = 0; k < steps; k++)
            timesteps[k] = (steps - 1 - k) * ratio + stepsOffset;
        return timesteps;
    }

    // Steps of T/n down from T, rounded half to even like np.round, minus one: always starts at T−1.
    // numpy's np.arange(T, 0, -T/n) yields n + 1 values for some n (61, 103, ...) by float error; the extra −1 is
    // not a step anyone asked for, so exactly n are made here.
    private static double[] Trailing(int trainTimesteps, int steps)
    {
        var ratio = (double)trainTimesteps / steps;
        var timesteps = new double[steps];
        for (var k = 0; k < steps; k++)
            timesteps[k] = Math.Round(trainTimesteps - k * ratio, MidpointRounding.ToEven) - 1;
        return timesteps;
    }
}
