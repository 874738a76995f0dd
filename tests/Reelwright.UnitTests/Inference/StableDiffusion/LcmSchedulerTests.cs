using Reelwright.Inference.StableDiffusion.Schedulers;
using Xunit;
using static Reelwright.UnitTests.Inference.StableDiffusion.StableDiffusionSchedules;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class LcmSchedulerTests
{
    private readonly TrainingNoiseSchedule _training = new(StableDiffusion1());

    public static TheoryData<int, int, int[]> PublishedTimesteps => new()
    {
        // LCM's model cards and diffusers' LCM docs: 4 steps of the 50-step distillation schedule are 999, 759, 499, 259.
        { 4, 50, [999, 759, 499, 259] },
        // GuernikaCore/Schedulers, Tests/SchedulersTests/LCMSchedulerTests.swift (test1StepsLinspace, test2StepsLinspace,
        // test33StepsLinspace, test50StepsLinspace with originalStepCount 70), a port checked against diffusers' LCMScheduler.
        { 1, 50, [999] },
        { 2, 50, [999, 499] },
        { 33, 50, [
            999, 979, 939, 919, 879, 859, 819, 799, 759, 739, 699, 679, 639, 619, 579, 559, 519, 499, 459, 439, 399, 379,
            339, 319, 279, 259, 219, 199, 159, 139, 99, 79, 39] },
        { 50, 70, [
            979, 965, 951, 923, 909, 881, 867, 853, 825, 811, 783, 769, 755, 727, 713, 685, 671, 657, 629, 615, 587, 573,
            559, 531, 517, 489, 475, 461, 433, 419, 391, 377, 363, 335, 321, 293, 279, 265, 237, 223, 195, 181, 167, 139,
            125, 111, 83, 69, 41, 27] },
    };

    [Theory]
    [MemberData(nameof(PublishedTimesteps))]
    public void Timesteps_match_the_published_diffusers_schedule(int steps, int originalSteps, int[] expected)
    {
        var scheduler = new LcmScheduler(StableDiffusion1(), steps, originalSteps);
        Assert.Equal(expected.Select(t => (double)t), Enumerable.Range(0, scheduler.StepCount).Select(scheduler.TimestepAt));
    }

    [Theory]
    // diffusers tests/schedulers/test_scheduler_lcm.py, test_inference_steps: "Hardcoded" last timesteps 99, 39 and 19
    // for 10, 25 and 50 steps of the default 50-step schedule.
    [InlineData(10, 99)]
    [InlineData(25, 39)]
    [InlineData(50, 19)]
    public void The_last_timestep_matches_the_one_diffusers_tests_hardcode(int steps, int lastTimestep)
    {
        var scheduler = new LcmScheduler(StableDiffusion1(), steps);
        Assert.Equal(lastTimestep, scheduler.TimestepAt(steps - 1));
    }

    [Fact]
    public void Spacing_and_offset_do_not_change_lcm_timesteps()
    {
        // diffusers' LCMScheduler.set_timesteps reads neither timestep_spacing nor steps_offset.
        var plain = new LcmScheduler(StableDiffusion1(), 4);
        var leading = new LcmScheduler(StableDiffusion1("leading", stepsOffset: 1), 4);
        Assert.All(Enumerable.Range(0, 4), step => Assert.Equal(plain.TimestepAt(step), leading.TimestepAt(step)));
    }

    [Fact]
    public void One_step_of_the_diffusers_full_loop_ends_on_the_published_sums()
    {
        // diffusers tests/schedulers/test_scheduler_lcm.py, test_full_loop_onestep: sum |x| = 18.7097 (±1e-2), mean 0.0244
        // (±1e-3). One step draws no noise, so unlike test_full_loop_multistep this is reproducible without torch's RNG.
        var scheduler = new LcmScheduler(StableDiffusion1(), 1);
        var sample = DiffusersDeterministicSample();
        scheduler.Step(0, DiffusersDummyModel(sample, scheduler.TimestepAt(0)), sample, []);

        Assert.Equal(18.7097, SumOfAbsolutes(sample), 1e-2);
        Assert.Equal(0.0244, SumOfAbsolutes(sample) / sample.Length, 1e-3);
    }

    [Fact]
    public void Lcm_starts_from_unit_noise_and_feeds_the_latent_unscaled()
    {
        // diffusers: init_noise_sigma = 1.0 and scale_model_input returns the sample unchanged.
        var scheduler = new LcmScheduler(StableDiffusion1(), 4);
        Assert.Equal(1f, scheduler.InitNoiseSigma);
        Assert.All(Enumerable.Range(0, 4), step => Assert.Equal(1f, scheduler.ModelInputScale(step)));
    }

    [Fact]
    public void Noise_is_drawn_between_steps_and_never_at_the_last()
    {
        var scheduler = new LcmScheduler(StableDiffusion1(), 4);
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(scheduler.NeedsNoise));
    }

    [Fact]
    public void At_timestep_zero_the_boundary_condition_returns_the_sample_unchanged()
    {
        // c_skip(0) = σ_data²/(0 + σ_data²) = 1 and c_out(0) = 0: the consistency function is the identity at t = 0.
        // With 1000 of 1000 original steps the schedule runs down to timestep 0.
        var scheduler = new LcmScheduler(StableDiffusion1(), 1000, 1000);
        Assert.Equal(0, scheduler.TimestepAt(999));
        float[] sample = [0.25f, -3f];
        scheduler.Step(999, [5f, 7f], sample, []);
        Assert.Equal([0.25f, -3f], sample);
    }

    [Theory]
    [InlineData("epsilon")]
    [InlineData("v_prediction")]
    public void A_single_step_given_the_true_noise_returns_the_clean_sample(string predictionType)
    {
        // x = √ᾱ·x₀ + √(1−ᾱ)·ε at t = 999; the true ε (or v = √ᾱ·ε − √(1−ᾱ)·x₀) gives x₀ back exactly, and
        // c_skip(999) = 0.25/(9990² + 0.25) ≈ 2.5e-9 leaves it there to float precision.
        const double clean = 0.3, noise = -0.7;
        var alphaBar = _training.AlphaBar(999);
        var scheduler = new LcmScheduler(StableDiffusion1(predictionType: predictionType), 1);
        float[] sample = [(float)(Math.Sqrt(alphaBar) * clean + Math.Sqrt(1 - alphaBar) * noise)];
        var modelOutput = predictionType == "epsilon" ? noise : Math.Sqrt(alphaBar) * noise - Math.Sqrt(1 - alphaBar) * clean;

        scheduler.Step(0, [(float)modelOutput], sample, []);

        Assert.Equal(clean, sample[0], 1e-5);
    }

    [Fact]
    public void Between_steps_the_denoised_sample_is_renoised_to_the_next_timestep()
    {
        // prev = √ᾱ_759·denoised + √(1−ᾱ_759)·z, with denoised = c_out·x₀ + c_skip·x at t = 999.
        const double clean = 0.3, noise = -0.7, freshNoise = 1.5;
        var alphaBar = _training.AlphaBar(999);
        var scheduler = new LcmScheduler(StableDiffusion1(), 4);
        var x = Math.Sqrt(alphaBar) * clean + Math.Sqrt(1 - alphaBar) * noise;
        float[] sample = [(float)x];

        scheduler.Step(0, [(float)noise], sample, [(float)freshNoise]);

        var scaled = 9990.0;
        var denoised = scaled / Math.Sqrt(scaled * scaled + 0.25) * clean + 0.25 / (scaled * scaled + 0.25) * x;
        var nextAlphaBar = _training.AlphaBar(759);
        Assert.Equal(Math.Sqrt(nextAlphaBar) * denoised + Math.Sqrt(1 - nextAlphaBar) * freshNoise, sample[0], 1e-5);
    }

    [Fact]
    public void A_full_loop_with_a_deterministic_model_ends_on_the_last_denoised_value_without_noise()
    {
        // The loop of diffusers' test_full_loop_multistep with the noise fixed at zero: each step is then exactly
        // √ᾱ'·denoised, and the last step leaves denoised itself, which the final line recomputes by hand.
        var scheduler = new LcmScheduler(StableDiffusion1(), 4);
        float[] sample = [0.8f, -0.4f];
        for (var step = 0; step < 3; step++)
            scheduler.Step(step, [0.1f * sample[0], 0.1f * sample[1]], sample, new float[2]);
        var beforeLast = sample[0];

        scheduler.Step(3, [0.1f * sample[0], 0.1f * sample[1]], sample, []);

        var alphaBar = _training.AlphaBar(259);
        var cleanEstimate = (beforeLast - Math.Sqrt(1 - alphaBar) * 0.1 * beforeLast) / Math.Sqrt(alphaBar);
        var scaled = 2590.0;
        var denoised = scaled / Math.Sqrt(scaled * scaled + 0.25) * cleanEstimate + 0.25 / (scaled * scaled + 0.25) * beforeLast;
        Assert.Equal(denoised, sample[0], 1e-5);
    }

    [Fact]
    public void Missing_or_surplus_noise_is_refused()
    {
        var scheduler = new LcmScheduler(StableDiffusion1(), 4);
        Assert.Throws<ArgumentException>(() => scheduler.Step(0, new float[2], new float[2], []));
        Assert.Throws<ArgumentException>(() => scheduler.Step(3, new float[2], new float[2], new float[2]));
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(51, 50)]
    [InlineData(4, 0)]
    [InlineData(4, 1001)]
    public void Step_counts_the_distillation_schedule_cannot_give_are_refused(int steps, int originalSteps)
    {
        Assert.Throws<ArgumentException>(() => new LcmScheduler(StableDiffusion1(), steps, originalSteps));
    }

    [Fact]
    public void Stepping_allocates_nothing()
    {
        IDiffusionScheduler scheduler = new LcmScheduler(StableDiffusion1(), 8);
        var sample = new float[4 * 64 * 64];
        var modelOutput = new float[sample.Length];
        var noise = new float[sample.Length];
        scheduler.Step(0, modelOutput, sample, noise);

        // Stepping runs on this thread, so this thread's count is the whole story.
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 10; round++)
            for (var step = 0; step < scheduler.StepCount; step++)
                scheduler.Step(step, modelOutput, sample, scheduler.NeedsNoise(step) ? noise : []);

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
