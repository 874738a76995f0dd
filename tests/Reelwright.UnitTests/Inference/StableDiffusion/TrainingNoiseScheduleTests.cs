using Reelwright.Inference.StableDiffusion.Schedulers;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class TrainingNoiseScheduleTests
{
    private readonly TrainingNoiseSchedule _stableDiffusion1 = new(StableDiffusionSchedules.StableDiffusion1());

    [Fact]
    public void Stable_diffusion_1_spans_the_published_sigma_range()
    {
        // σ_max ≈ 14.6146 and σ_min ≈ 0.0292 are the widely published SD 1.x (k-diffusion / diffusers) extremes; a Swift
        // port's test that matches diffusers asserts σ_max = 14.6146469 to 1e-5 (EulerDiscreteSchedulerTests.swift,
        // testFourStepTrailingScheduleMatchesDiffusersReference). diffusers works in float32, hence the tolerance.
        Assert.Equal(14.6146469, _stableDiffusion1.Sigma(999), 1e-5);
        Assert.Equal(0.0292, _stableDiffusion1.Sigma(0), 1e-4);
    }

    [Fact]
    public void Alpha_bar_and_sigma_describe_the_same_noise()
    {
        // σ² = (1 − ᾱ)/ᾱ, so ᾱ = 1/(1 + σ²).
        foreach (var t in new[] { 0, 259, 500, 999 })
            Assert.Equal(1 / (1 + Math.Pow(_stableDiffusion1.Sigma(t), 2)), _stableDiffusion1.AlphaBar(t), 1e-12);
    }

    [Fact]
    public void Sigma_between_timesteps_is_interpolated_linearly_in_sigma_like_np_interp()
    {
        var expected = _stableDiffusion1.Sigma(978) + 0.25 * (_stableDiffusion1.Sigma(979) - _stableDiffusion1.Sigma(978));
        Assert.Equal(expected, _stableDiffusion1.Sigma(978.25), 1e-12);
    }

    [Fact]
    public void Sigma_outside_the_trained_range_is_clamped_like_np_interp()
    {
        Assert.Equal(_stableDiffusion1.Sigma(999), _stableDiffusion1.Sigma(1000));
        Assert.Equal(_stableDiffusion1.Sigma(0), _stableDiffusion1.Sigma(-1));
    }

    [Fact]
    public void A_schedule_with_problems_is_refused_with_them_in_the_message()
    {
        var error = Assert.Throws<ArgumentException>(() => new TrainingNoiseSchedule(StableDiffusionSchedules.StableDiffusion1() with { BetaSchedule = "cosine" }));
        Assert.Contains("betaSchedule 'cosine'", error.Message);
    }
}
