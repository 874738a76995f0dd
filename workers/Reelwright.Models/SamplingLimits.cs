namespace Reelwright.Models;

/// <summary>
/// The ranges a request may ask for. Outside them the model either gains nothing (more steps) or degrades
/// (high guidance makes objects vanish), so the API rejects such requests rather than burning worker time.
/// </summary>
/// <param name="MaxKeyframes">Stable Diffusion models only; a keyframe costs a full sampling run.</param>
/// <param name="MaxFramesBetween">Stable Diffusion models only; an interpolated frame costs a full sampling run too.</param>
public sealed record SamplingLimits(int MinSteps, int MaxSteps, double MinGuidance, double MaxGuidance, int? MaxKeyframes = null, int? MaxFramesBetween = null)
{
    public bool AllowsSteps(int steps) => steps >= MinSteps && steps <= MaxSteps;

    // NaN fails both comparisons, so it is never allowed.
    public bool AllowsGuidance(double guidance) => guidance >= MinGuidance && guidance <= MaxGuidance;

    /// <summary>A walk needs two keyframes at least: one keyframe is a still image.</summary>
    public bool AllowsKeyframes(int keyframes) => keyframes >= 2 && keyframes <= (MaxKeyframes ?? 0);

    public bool AllowsFramesBetween(int framesBetween) => framesBetween >= 0 && framesBetween <= (MaxFramesBetween ?? -1);
}
