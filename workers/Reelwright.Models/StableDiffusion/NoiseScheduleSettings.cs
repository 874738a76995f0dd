namespace Reelwright.Models.StableDiffusion;

/// <summary>
/// How a Stable Diffusion-layout model was trained to be noised, from its manifest ("noiseSchedule"). The members
/// mirror diffusers' scheduler_config.json (num_train_timesteps, beta_start, beta_end, beta_schedule,
/// prediction_type, timestep_spacing, steps_offset) so a model's config can be carried over value for value.
/// </summary>
public sealed record NoiseScheduleSettings(
    int TrainTimesteps,
    double BetaStart,
    double BetaEnd,
    string BetaSchedule,
    string PredictionType,
    string TimestepSpacing,
    int StepsOffset)
{
    public static IReadOnlyList<string> BetaSchedules { get; } = ["scaled_linear", "linear"];
    public static IReadOnlyList<string> PredictionTypes { get; } = ["epsilon", "v_prediction"];
    public static IReadOnlyList<string> TimestepSpacings { get; } = ["linspace", "leading", "trailing"];

    /// <summary>Everything wrong with these settings, in words; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (TrainTimesteps <= 0)
            problems.Add($"trainTimesteps must be positive, not {TrainTimesteps}");
        // Written so that NaN fails: every beta must be a probability strictly between 0 and 1, rising over training.
        if (!(BetaStart > 0 && BetaStart < BetaEnd && BetaEnd < 1))
            problems.Add($"betaStart..betaEnd ({BetaStart}..{BetaEnd}) must satisfy 0 < betaStart < betaEnd < 1");
        RequireOneOf(problems, "betaSchedule", BetaSchedule, BetaSchedules);
        RequireOneOf(problems, "predictionType", PredictionType, PredictionTypes);
        RequireOneOf(problems, "timestepSpacing", TimestepSpacing, TimestepSpacings);
        // Stable Diffusion configs use 0 or 1; anything larger would push 'leading' timesteps past the trained range.
        if (StepsOffset is not (0 or 1))
            problems.Add($"stepsOffset must be 0 or 1, not {StepsOffset}");
        return problems;
    }

    // Compared exactly, as diffusers does: "Linear" in a config is a mistake worth reporting, not guessing at.
    private static void RequireOneOf(List<string> problems, string member, string? value, IReadOnlyList<string> allowed)
    {
        if (value is null || !allowed.Contains(value))
            problems.Add($"{member} '{value}' must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
    }
}
