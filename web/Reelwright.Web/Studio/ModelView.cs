namespace Reelwright.Web.Studio;

/// <summary>A model the workspace can pick, with the defaults and limits its form fields follow.</summary>
public sealed record ModelView(
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
    double MaxGuidance);
