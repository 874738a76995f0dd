using Reelwright.Inference.StableDiffusion.Schedulers;
using Xunit;
using static Reelwright.UnitTests.Inference.StableDiffusion.StableDiffusionSchedules;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class EulerDiscreteSchedulerTests
{
    // Timestep lists from GuernikaCore/Schedulers, Tests/SchedulersTests/EulerDiscreteSchedulerTests.swift, a port
    // tested against diffusers' EulerDiscreteScheduler on the SD 1.x config with steps_offset 0 (test50StepsLinspace,
    // test50StepsLeading, test50StepsTrailing, test33Steps*). Linspace values are diffusers' float32 timesteps.
    public static TheoryData<string, int, double[]> PublishedTimesteps => new()
    {
        { "linspace", 50, [
            999.00000000, 978.61224365, 958.22448730, 937.83673096, 917.44897461, 897.06121826, 876.67346191, 856.28570557,
            835.89794922, 815.51019287, 795.12243652, 774.73468018, 754.34692383, 733.95916748, 713.57141113, 693.18365479,
            672.79589844, 652.40814209, 632.02038574, 611.63262939, 591.24487305, 570.85711670, 550.46936035, 530.08160400,
            509.69387817, 489.30612183, 468.91836548, 448.53060913, 428.14285278, 407.75509644, 387.36734009, 366.97958374,
            346.59182739, 326.20407104, 305.81631470, 285.42855835, 265.04080200, 244.65306091, 224.26530457, 203.87754822,
            183.48979187, 163.10203552, 142.71427917, 122.32653046, 101.93877411, 81.55101776, 61.16326523, 40.77550888,
            20.38775444, 0.00000000] },
        { "linspace", 33, [
            999.00000000, 967.78125000, 936.56250000, 905.34375000, 874.12500000, 842.90625000, 811.68750000, 780.46875000,
            749.25000000, 718.03125000, 686.81250000, 655.59375000, 624.37500000, 593.15625000, 561.93750000, 530.71875000,
            499.50000000, 468.28125000, 437.06250000, 405.84375000, 374.62500000, 343.40625000, 312.18750000, 280.96875000,
            249.75000000, 218.53125000, 187.31250000, 156.09375000, 124.87500000, 93.65625000, 62.43750000, 31.21875000,
            0.00000000] },
        { "leading", 50, [
            980, 960, 940, 920, 900, 880, 860, 840, 820, 800, 780, 760, 740, 720, 700, 680, 660, 640, 620, 600, 580, 560, 540,
            520, 500, 480, 460, 440, 420, 400, 380, 360, 340, 320, 300, 280, 260, 240, 220, 200, 180, 160, 140, 120, 100, 80,
            60, 40, 20, 0] },
        { "leading", 33, [
            960, 930, 900, 870, 840, 810, 780, 750, 720, 690, 660, 630, 600, 570, 540, 510, 480, 450, 420, 390, 360, 330, 300,
            270, 240, 210, 180, 150, 120, 90, 60, 30, 0] },
        { "trailing", 50, [
            999, 979, 959, 939, 919, 899, 879, 859, 839, 819, 799, 779, 759, 739, 719, 699, 679, 659, 639, 619, 599, 579, 559,
            539, 519, 499, 479, 459, 439, 419, 399, 379, 359, 339, 319, 299, 279, 259, 239, 219, 199, 179, 159, 139, 119, 99,
            79, 59, 39, 19] },
        { "trailing", 33, [
            999, 969, 938, 908, 878, 847, 817, 787, 757, 726, 696, 666, 635, 605, 575, 544, 514, 484, 454, 423, 393, 363, 332,
            302, 272, 241, 211, 181, 151, 120, 90, 60, 29] },
        // Same file, test1StepsLinspace and test2StepsLinspace: np.linspace(0, 999, 1) is [0], so one linspace step starts at t = 0.
        { "linspace", 1, [0] },
        { "linspace", 2, [999, 0] },
    };

    [Theory]
    [MemberData(nameof(PublishedTimesteps))]
    public void Timesteps_match_the_published_diffusers_schedule(string spacing, int steps, double[] expected)
    {
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(spacing), steps);
        Assert.Equal(expected.Length, scheduler.StepCount);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], scheduler.TimestepAt(i), 1e-5);
    }

    [Fact]
    public void Leading_spacing_adds_the_steps_offset()
    {
        // diffusers' set_timesteps: timesteps += steps_offset for 'leading' (SD 1.5 ships steps_offset 1), so 50 steps run 981..1.
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("leading", stepsOffset: 1), 50);
        Assert.Equal(981, scheduler.TimestepAt(0));
        Assert.Equal(1, scheduler.TimestepAt(49));
    }

    [Fact]
    public void Four_trailing_steps_match_a_published_diffusers_reference()
    {
        // Swift port test testFourStepTrailingScheduleMatchesDiffusersReference (EulerDiscreteSchedulerTests.swift,
        // "Image Fryer contributors"; the search index did not record its repository): SD 1.x, 4 steps, trailing.
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("trailing"), 4);
        Assert.Equal([999.0, 749, 499, 249], Enumerable.Range(0, 4).Select(scheduler.TimestepAt));
        double[] sigmas = [14.6146469, 4.08173084, 1.61288702, 0.69320542, 0];
        for (var i = 0; i < sigmas.Length; i++)
            Assert.Equal(sigmas[i], scheduler.SigmaAt(i), 1e-5);
        Assert.Equal(14.6146469, scheduler.InitNoiseSigma, 1e-5);
    }

    [Fact]
    public void Four_trailing_steps_scale_and_update_like_the_published_reference()
    {
        // Same Swift test, testFourStepScaleAndUpdateMatchDiffusersReference: epsilon prediction, sample [1, −2, 0.5, 3].
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("trailing"), 4);
        float[] sample = [1, -2, 0.5f, 3];
        float[][] modelOutputs = [[0.10f, -0.20f, 0.30f, -0.40f], [-0.15f, 0.25f, 0.05f, 0.35f], [0.20f, 0.10f, -0.30f, 0.15f], [-0.05f, -0.10f, 0.20f, -0.25f]];
        double[][] expectedScaledInputs =
        [
            [0.06826489, -0.13652977, 0.03413244, 0.20479466],
            [-0.01268112, 0.02536224, -0.63293540, 1.71642232],
            [0.16705950, -0.26907191, -1.46665084, 3.34560204],
            [0.10938665, -0.49524140, -2.06070876, 5.10458803],
        ];
        double[][] expectedNextSamples =
        [
            [-0.05329168, 0.10658336, -2.65987492, 7.21316719],
            [0.31703493, -0.51062763, -2.78331709, 6.34907150],
            [0.13309860, -0.60259581, -2.50741243, 6.21111917],
            [0.16775888, -0.53327525, -2.64605355, 6.38442039],
        ];

        for (var step = 0; step < 4; step++)
        {
            var scale = scheduler.ModelInputScale(step);
            for (var i = 0; i < sample.Length; i++)
                Assert.Equal(expectedScaledInputs[step][i], sample[i] * scale, 2e-5);

            scheduler.Step(step, modelOutputs[step], sample, []);
            for (var i = 0; i < sample.Length; i++)
                Assert.Equal(expectedNextSamples[step][i], sample[i], 3e-5);
        }
    }

    [Theory]
    // diffusers tests/schedulers/test_scheduler_euler.py: test_full_loop_no_noise asserts sum |x| = 10.0807 (±1e-2) and
    // mean 0.0131 (±1e-3); test_full_loop_with_v_prediction asserts 0.0002 (±1e-2) and 2.2676e-06 (±1e-3).
    [InlineData("epsilon", 10.0807, 0.0131)]
    [InlineData("v_prediction", 0.0002, 2.2676e-06)]
    public void The_diffusers_full_loop_ends_on_the_published_sums(string predictionType, double expectedSum, double expectedMean)
    {
        var scheduler = new EulerDiscreteScheduler(DiffusersEulerTest(predictionType), 10);
        var sample = DiffusersDeterministicSample();
        foreach (ref var value in sample.AsSpan())
            value *= scheduler.InitNoiseSigma;

        for (var step = 0; step < scheduler.StepCount; step++)
        {
            // The diffusers test reassigns sample to the scaled input and steps that, so this loop does too.
            var scale = scheduler.ModelInputScale(step);
            foreach (ref var value in sample.AsSpan())
                value *= scale;
            var modelOutput = DiffusersDummyModel(sample, scheduler.TimestepAt(step));
            scheduler.Step(step, modelOutput, sample, []);
        }

        Assert.Equal(expectedSum, SumOfAbsolutes(sample), 1e-2);
        Assert.Equal(expectedMean, SumOfAbsolutes(sample) / sample.Length, 1e-3);
    }

    [Theory]
    [InlineData("linspace")]
    [InlineData("trailing")]
    public void Init_noise_sigma_is_sigma_max_for_linspace_and_trailing(string spacing)
    {
        // diffusers' EulerDiscreteScheduler.init_noise_sigma: max σ when timestep_spacing is "linspace" or "trailing".
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(spacing), 30);
        Assert.Equal(14.6146469, scheduler.InitNoiseSigma, 1e-5);
    }

    [Fact]
    public void Init_noise_sigma_for_leading_spacing_adds_unit_signal_variance()
    {
        // diffusers' init_noise_sigma otherwise: (max σ² + 1) ** 0.5, max σ being σ at the first (highest) timestep.
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("leading", stepsOffset: 1), 50);
        Assert.Equal(Math.Sqrt(scheduler.SigmaAt(0) * scheduler.SigmaAt(0) + 1), scheduler.InitNoiseSigma, 1e-5);
    }

    [Theory]
    [InlineData("linspace", 50)]
    [InlineData("leading", 20)]
    [InlineData("trailing", 4)]
    public void With_epsilon_prediction_a_zero_model_output_keeps_the_sample(string spacing, int steps)
    {
        // x₀ = x − σ·0 = x, so the derivative (x − x₀)/σ is zero at every step.
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(spacing), steps);
        float[] sample = [0.5f, -1.25f, 3f];
        for (var step = 0; step < steps; step++)
            scheduler.Step(step, new float[3], sample, []);
        Assert.Equal([0.5f, -1.25f, 3f], sample);
    }

    [Theory]
    [InlineData("epsilon")]
    [InlineData("v_prediction")]
    public void A_model_that_predicts_the_true_noise_walks_the_sample_down_the_sigmas_to_the_clean_value(string predictionType)
    {
        // In Euler's σ-space x = x₀ + σ·ε. Given the true ε (or the true v = (ε − σ·x₀)/√(σ² + 1) for the scaled input),
        // each step lands exactly on x₀ + σ'·ε, and the last (σ' = 0) on x₀.
        const double clean = 0.3, noise = -0.7;
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("trailing", predictionType), 6);
        float[] sample = [(float)(clean + scheduler.SigmaAt(0) * noise)];

        for (var step = 0; step < scheduler.StepCount; step++)
        {
            var sigma = scheduler.SigmaAt(step);
            var modelOutput = predictionType == "epsilon" ? noise : (noise - sigma * clean) / Math.Sqrt(sigma * sigma + 1);
            scheduler.Step(step, [(float)modelOutput], sample, []);
            Assert.Equal(clean + scheduler.SigmaAt(step + 1) * noise, sample[0], 1e-5);
        }
        Assert.Equal(clean, sample[0], 1e-5);
    }

    [Fact]
    public void The_final_sigma_is_zero_and_the_final_step_returns_the_denoised_estimate()
    {
        // One trailing step: σ = σ_max → 0, so x' = x₀ = x − σ_max·m for epsilon prediction.
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1("trailing"), 1);
        float[] sample = [2f];
        scheduler.Step(0, [0.1f], sample, []);
        Assert.Equal(0, scheduler.SigmaAt(1));
        Assert.Equal(2 - scheduler.SigmaAt(0) * 0.1, sample[0], 1e-5);
    }

    [Fact]
    public void Model_input_scale_maps_sigma_space_to_the_trained_latent()
    {
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(), 25);
        for (var step = 0; step < scheduler.StepCount; step++)
            Assert.Equal(1 / Math.Sqrt(Math.Pow(scheduler.SigmaAt(step), 2) + 1), scheduler.ModelInputScale(step), 1e-7);
    }

    [Fact]
    public void Euler_never_asks_for_noise_and_refuses_any()
    {
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(), 3);
        Assert.All(Enumerable.Range(0, 3), step => Assert.False(scheduler.NeedsNoise(step)));
        Assert.Throws<ArgumentException>(() => scheduler.Step(0, new float[2], new float[2], new float[2]));
    }

    [Fact]
    public void A_step_outside_the_schedule_or_a_mismatched_model_output_is_refused()
    {
        var scheduler = new EulerDiscreteScheduler(StableDiffusion1(), 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => scheduler.Step(3, new float[2], new float[2], []));
        Assert.Throws<ArgumentException>(() => scheduler.Step(0, new float[3], new float[2], []));
    }

    [Fact]
    public void Stepping_allocates_nothing()
    {
        IDiffusionScheduler scheduler = new EulerDiscreteScheduler(StableDiffusion1(predictionType: "v_prediction"), 30);
        var sample = new float[4 * 64 * 64];
        var modelOutput = new float[sample.Length];
        scheduler.Step(0, modelOutput, sample, []);

        // Stepping runs on this thread, so this thread's count is the whole story.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
            for (var step = 0; step < scheduler.StepCount; step++)
                scheduler.Step(step, modelOutput, sample, []);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
