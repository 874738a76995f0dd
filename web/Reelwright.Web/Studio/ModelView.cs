namespace Reelwright.Web.Studio;

/// <summary>A model the workspace can pick, with the defaults and limits its form fields follow.</summary>
public sealed record ModelView(
    string Id,
    string DisplayName,
    string Pipeline,
    int? Frames,
    int Width,
    int Height,
    int Fps,
    int MaxPromptTokens,
    int DefaultSteps,
    double DefaultGuidance,
    int MinSteps,
    int MaxSteps,
    double MinGuidance,
    double MaxGuidance,
    IReadOnlyList<string> Schedulers,
    string? DefaultScheduler,
    int? DefaultKeyframes,
    int? DefaultFramesBetween,
    int? MaxKeyframes,
    int? MaxFramesBetween,
    string? UnavailableReason)
{
    /// <summary>Makes clips as a walk through still images: scheduler, keyframes, frames between and an end prompt apply.</summary>
    public bool IsLatentWalk => Pipeline == "stable-diffusion";
}
