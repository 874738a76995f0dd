using Reelwright.Models;

namespace Reelwright.Api.Models;

/// <summary>A model as the workspace's picker needs it: what it makes and what it accepts.</summary>
public sealed record ModelResponse(
    string Id,
    string DisplayName,
    int Frames,
    int Width,
    int Height,
    int Fps,
    int MaxPromptTokens,
    int DefaultSteps,
    double DefaultGuidance,
    int MinSteps,
    int MaxSteps,
    double MinGuidance,
    double MaxGuidance)
{
    public static ModelResponse From(ModelManifest m) => new(
        m.Id, m.DisplayName, m.Frames, m.Width, m.Height, m.Fps, m.MaxPromptTokens,
        m.Defaults.Steps, m.Defaults.Guidance, m.Limits.MinSteps, m.Limits.MaxSteps, m.Limits.MinGuidance, m.Limits.MaxGuidance);
}
