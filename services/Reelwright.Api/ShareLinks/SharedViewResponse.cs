using Reelwright.Api.Comments;
using Reelwright.Data.Generations;

namespace Reelwright.Api.ShareLinks;

public enum SharedViewKind
{
    Clip,
    Stack,
}

/// <summary>What a share link shows: one clip, or every version of a stack, with media behind short-lived signed URLs.</summary>
/// <param name="Title">The clip's published title or its prompt; the stack's name.</param>
/// <param name="ExpiresAt">When the link stops working, if ever.</param>
public sealed record SharedViewResponse(
    SharedViewKind Kind, string Title, bool AllowComments, bool AllowDownloads, DateTimeOffset? ExpiresAt, IReadOnlyList<SharedClipResponse> Clips);

/// <summary>One shared clip with its recipe. Media fields are null while it has not finished.</summary>
/// <param name="Version">Its number in the stack, for a stack link.</param>
/// <param name="VideoUrl">Signed, short-lived, relative to the API (like ClipResponse's); fetch the view again for fresh ones.</param>
/// <param name="DownloadUrl">Only when the link allows downloads: the MP4 download (send the passphrase as X-Share-Passphrase).</param>
/// <param name="Comments">Only when the link allows comments: the clip's comments, oldest first.</param>
public sealed record SharedClipResponse(
    Guid Id, int? Version, GenerationStatus Status,
    string Prompt, string NegativePrompt, string ModelId, long Seed, int Steps, double Guidance, string? Scheduler, int? Keyframes, int? FramesBetween, string? EndPrompt,
    string? VideoUrl, string? PosterUrl, string? PreviewUrl, int? FrameCount, int? Fps, double? DurationSeconds, int? Width, int? Height,
    string? DownloadUrl, IReadOnlyList<CommentResponse>? Comments);
