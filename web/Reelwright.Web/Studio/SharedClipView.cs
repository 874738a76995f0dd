namespace Reelwright.Web.Studio;

/// <summary>
/// One clip behind a share link, with its recipe. Media and download URLs are relative to the Studio API and
/// short-lived, and null (with the frame figures) while the clip has not finished. DownloadUrl is null unless the
/// link allows downloads, Comments null unless it allows comments (oldest first), Version null outside a stack.
/// </summary>
public sealed record SharedClipView(
    Guid Id,
    int? Version,
    GenerationStatus Status,
    string Prompt,
    string? NegativePrompt,
    string? ModelId,
    long? Seed,
    int? Steps,
    double? Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt,
    string? VideoUrl,
    string? PosterUrl,
    string? PreviewUrl,
    int? FrameCount,
    int? Fps,
    double? DurationSeconds,
    string? DownloadUrl,
    IReadOnlyList<CommentView>? Comments);
