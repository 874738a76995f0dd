using Reelwright.Models;

namespace Reelwright.Api.Models;

/// <summary>A model as the workspace's picker needs it: what it makes, what it accepts, and whether it can run now.</summary>
/// <param name="Pipeline">"minisora" (a fixed-length clip) or "stable-diffusion" (a latent walk through still images).</param>
/// <param name="Frames">Frames per clip for MiniSora models; null for Stable Diffusion, where keyframes and frames between decide.</param>
/// <param name="MaxPromptTokens">The prompt's length limit, in the model's own tokens (words for MiniSora, CLIP tokens for Stable Diffusion).</param>
/// <param name="Schedulers">The schedulers a request may name; empty for MiniSora's built-in sampler.</param>
/// <param name="UnavailableReason">Why no online worker can run the model now; null when one can, or when no worker is online (jobs then wait).</param>
public sealed record ModelResponse(
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
    public static ModelResponse From(ModelManifest m, string? unavailableReason) => new(
        m.Id, m.DisplayName, m.Pipeline, m.MiniSora?.Frames, m.Width, m.Height, m.Fps, m.MaxPromptTokens,
        m.Defaults.Steps, m.Defaults.Guidance, m.Limits.MinSteps, m.Limits.MaxSteps, m.Limits.MinGuidance, m.Limits.MaxGuidance,
        m.Schedulers, m.Defaults.Scheduler, m.Defaults.Keyframes, m.Defaults.FramesBetween, m.Limits.MaxKeyframes, m.Limits.MaxFramesBetween,
        unavailableReason);
}
