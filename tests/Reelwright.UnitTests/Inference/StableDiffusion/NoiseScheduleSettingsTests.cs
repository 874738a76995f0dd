using Reelwright.Models.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class NoiseScheduleSettingsTests
{
    private static readonly NoiseScheduleSettings StableDiffusion1 = StableDiffusionSchedules.StableDiffusion1("leading", stepsOffset: 1);

    [Fact]
    public void Stable_diffusion_1_settings_are_usable() => Assert.Empty(StableDiffusion1.Problems());

    [Fact]
    public void Every_spacing_and_prediction_type_diffusers_names_is_accepted()
    {
        foreach (var spacing in new[] { "linspace", "leading", "trailing" })
            foreach (var prediction in new[] { "epsilon", "v_prediction" })
                Assert.Empty((StableDiffusion1 with { TimestepSpacing = spacing, PredictionType = prediction, BetaSchedule = "linear" }).Problems());
    }

    public static TheoryData<string, NoiseScheduleSettings> BrokenSettings => new()
    {
        { "trainTimesteps", StableDiffusion1 with { TrainTimesteps = 0 } },
        { "betaStart..betaEnd", StableDiffusion1 with { BetaStart = 0.012, BetaEnd = 0.00085 } },
        { "betaStart..betaEnd", StableDiffusion1 with { BetaStart = 0 } },
        { "betaStart..betaEnd", StableDiffusion1 with { BetaEnd = 1 } },
        { "betaStart..betaEnd", StableDiffusion1 with { BetaStart = double.NaN } },
        { "betaSchedule", StableDiffusion1 with { BetaSchedule = "squaredcos_cap_v2" } },
        { "predictionType", StableDiffusion1 with { PredictionType = "sample" } },
        { "timestepSpacing", StableDiffusion1 with { TimestepSpacing = "Linspace" } },
        { "timestepSpacing", StableDiffusion1 with { TimestepSpacing = null! } },
        { "stepsOffset", StableDiffusion1 with { StepsOffset = 2 } },
        { "stepsOffset", StableDiffusion1 with { StepsOffset = -1 } },
    };

    [Theory]
    [MemberData(nameof(BrokenSettings))]
    public void A_broken_member_is_reported_by_name(string member, NoiseScheduleSettings settings)
    {
        var problem = Assert.Single(settings.Problems());
        Assert.StartsWith(member, problem);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var settings = new NoiseScheduleSettings(-5, 0.5, 0.1, "cosine", "flow", "even", 3);
        Assert.Equal(6, settings.Problems().Count);
    }
}
