using Reelwright.Models.StableDiffusion;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

/// <summary>Noise schedules the scheduler tests run on, as their models' scheduler_config.json files give them.</summary>
internal static class StableDiffusionSchedules
{
    /// <summary>Stable Diffusion 1.x: scaled_linear β from 0.00085 to 0.012 over 1000 training steps.</summary>
    public static NoiseScheduleSettings StableDiffusion1(string timestepSpacing = "linspace", string predictionType = "epsilon", int stepsOffset = 0) =>
        new(1000, 0.00085, 0.012, "scaled_linear", predictionType, timestepSpacing, stepsOffset);

    /// <summary>The config of diffusers' tests/schedulers/test_scheduler_euler.py: 1100 steps of linear β from 0.0001 to 0.02.</summary>
    public static NoiseScheduleSettings DiffusersEulerTest(string predictionType = "epsilon") =>
        new(1100, 0.0001, 0.02, "linear", predictionType, "linspace", 0);

    /// <summary>
    /// diffusers' SchedulerCommonTest.dummy_sample_deter (tests/schedulers/test_schedulers.py): arange(768) / 768,
    /// permuted into a 4×3×8×8 batch. Only sums of absolute values are compared, so the permutation does not matter.
    /// </summary>
    public static float[] DiffusersDeterministicSample() => [.. Enumerable.Range(0, 768).Select(k => k / 768f)];

    /// <summary>diffusers' dummy_model: model(sample, t) = sample · t / (t + 1).</summary>
    public static float[] DiffusersDummyModel(ReadOnlySpan<float> sample, double timestep)
    {
        var output = new float[sample.Length];
        for (var i = 0; i < sample.Length; i++)
            output[i] = (float)(sample[i] * timestep / (timestep + 1));
        return output;
    }

    public static double SumOfAbsolutes(ReadOnlySpan<float> values)
    {
        var sum = 0.0;
        foreach (var value in values)
            sum += Math.Abs(value);
        return sum;
    }
}
