namespace Reelwright.Contracts;

/// <summary>The clip is sampled, encoded and stored; media is referenced by blob name, never carried.</summary>
public sealed record ClipGenerated(
    Guid GenerationId,
    ClipMedia Media,
    ReproducibilityRecord Recipe,
    double DurationSeconds,
    int FrameCount,
    int Fps,
    int Width,
    int Height,
    string FramesSha256,
    long InferenceMs,
    long EncodeMs,
    DateTimeOffset CompletedAt);
