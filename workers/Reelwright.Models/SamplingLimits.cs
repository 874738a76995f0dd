namespace Reelwright.Models;

/// <summary>
/// The ranges a request may ask for. Outside them the model either gains nothing (more steps) or degrades
/// (high guidance makes objects vanish), so the API rejects such requests rather than burning worker time.
/// </summary>
public sealed record SamplingLimits(int MinSteps, int MaxSteps, double MinGuidance, double MaxGuidance)
{
    public bool AllowsSteps(int steps) => steps >= MinSteps && steps <= MaxSteps;

    // NaN fails both comparisons, so it is never allowed.
    public bool AllowsGuidance(double guidance) => guidance >= MinGuidance && guidance <= MaxGuidance;
}
