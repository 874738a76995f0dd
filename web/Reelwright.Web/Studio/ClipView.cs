namespace Reelwright.Web.Studio;

/// <summary>A finished clip; media URLs are relative to the Studio API.</summary>
public sealed record ClipView(
    string VideoUrl,
    string PosterUrl,
    string PreviewUrl,
    double DurationSeconds,
    int FrameCount,
    int Fps,
    int Width,
    int Height,
    long VideoBytes,
    string VideoSha256,
    string FramesSha256,
    long InferenceMs,
    long EncodeMs,
    ReproducibilityView Reproducibility);
