namespace Reelwright.Web.Studio;

/// <summary>
/// A published clip as the public gallery shows it (GET /api/gallery/{id}). Media URLs are signed, short-lived and
/// relative to the Studio API. Recipe is null when its author hid it; RemixOf is the published clip it was remixed
/// from, Remixes the published clips remixed from it (newest first, at most 20). LikedByMe is false for a visitor.
/// </summary>
public sealed record GalleryClipView(
    Guid Id,
    string Title,
    Guid AuthorId,
    string AuthorName,
    DateTimeOffset PublishedAt,
    string VideoUrl,
    string PosterUrl,
    string PreviewUrl,
    double DurationSeconds,
    int FrameCount,
    int Fps,
    int Width,
    int Height,
    int LikeCount,
    bool LikedByMe,
    int RemixCount,
    GalleryRecipeView? Recipe,
    LineageView? RemixOf,
    IReadOnlyList<LineageView> Remixes);
