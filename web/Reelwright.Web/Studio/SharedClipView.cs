namespace Reelwright.Web.Studio;

/// <summary>
/// One clip behind a share link, with its recipe. Media and download URLs are relative to the Studio API and
/// short-lived; DownloadUrl is null unless the link allows downloads, Comments null unless it allows comments, and
/// Version null when the clip is not in a shot.
/// </summary>
public sealed record SharedClipView(
    Guid Id,
    int? Version,
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
    string VideoUrl,
    string PosterUrl,
    string? PreviewUrl,
    int FrameCount,
    int Fps,
    double DurationSeconds,
    string? DownloadUrl,
    IReadOnlyList<SharedCommentView>? Comments);
