namespace Reelwright.Api.Gallery;

/// <summary>
/// A clip as the public gallery shows it: who made it, its media, its likes and its remix lineage. It never carries the
/// team's working details (project, visibility, worker), and carries the recipe only when its author chose to share it.
/// </summary>
/// <param name="VideoUrl">Signed, short-lived and relative to the API, like a generation's clip URLs; unpublishing voids it at once.</param>
/// <param name="LikedByMe">Whether the caller likes it; false when anonymous.</param>
/// <param name="RemixCount">How many published clips were remixed from it.</param>
/// <param name="Recipe">What made it, to remix it; null when its author hid the recipe.</param>
/// <param name="RemixOf">The clip it was remixed from, while that clip is published.</param>
/// <param name="Remixes">Published clips remixed from it, newest first, at most 20.</param>
public sealed record GalleryClipResponse(
    Guid Id,
    string Title,
    Guid? AuthorId,
    string? AuthorName,
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
    GalleryRecipeResponse? Recipe,
    RemixLinkResponse? RemixOf,
    IReadOnlyList<RemixLinkResponse> Remixes);

/// <summary>The recipe of a published clip whose author shares it: enough to make it again or remix it.</summary>
public sealed record GalleryRecipeResponse(
    string Prompt,
    string NegativePrompt,
    string ModelId,
    long Seed,
    int Steps,
    double Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt);

/// <summary>One end of a remix edge: a published clip, by title and author.</summary>
public sealed record RemixLinkResponse(Guid Id, string Title, string? AuthorName);
