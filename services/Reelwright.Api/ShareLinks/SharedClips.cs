using Reelwright.Api.Downloads;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Media;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Sharing;

namespace Reelwright.Api.ShareLinks;

/// <summary>What a share link reaches and how it reads to a visitor.</summary>
public static class SharedClips
{
    /// <summary>
    /// The shared clip, or every version of the shared stack that its link's creator sees: a private version made by
    /// someone else was never theirs to share.
    /// </summary>
    public static IQueryable<Generation> Of(StudioDbContext db, ShareLink link) =>
        link.GenerationId is { } generationId
            ? db.Generations.Where(g => g.Id == generationId)
            : db.Generations.Where(g => g.ShotId == link.ShotId && (g.Visibility != Visibility.Private || g.AuthorId == link.CreatedBy));

    public static async Task<SharedViewResponse> ViewAsync(StudioDbContext db, ShareLink link, MediaUrlSigner signer, CancellationToken ct)
    {
        var clips = await Of(db, link).AsNoTracking().Include(g => g.Clip).OrderBy(g => g.ShotVersion).ThenBy(g => g.CreatedAt).ToListAsync(ct);
        var comments = link.AllowComments ? await SharedComments.OnAsync(db, clips, ct) : null;
        var title = link.ShotId is { } shotId
            ? await db.Shots.Where(s => s.Id == shotId).Select(s => s.Name).SingleAsync(ct)
            : clips.Single().Title ?? Shorten(clips.Single().Prompt);
        return new SharedViewResponse(link.ShotId is null ? SharedViewKind.Clip : SharedViewKind.Stack, title, link.AllowComments, link.AllowDownloads, link.ExpiresAt,
            [.. clips.Select(g => ToResponse(g, link, signer, comments?[g.Id]))]);
    }

    private static SharedClipResponse ToResponse(Generation g, ShareLink link, MediaUrlSigner signer, IReadOnlyList<Comments.CommentResponse>? comments)
    {
        var c = g.Clip;
        string? Url(MediaKind kind) => c is null ? null : signer.UrlFor(g.Id, kind, g.MediaAccessVersion);
        // The clip's signed video URL proves the download as it proves the video: a link cannot send the passphrase.
        var download = link.AllowDownloads && Url(MediaKind.Video) is { } video ? DownloadUrls.Signed(g.Id, video) : null;
        return new SharedClipResponse(g.Id, link.ShotId is null ? null : g.ShotVersion, g.Status,
            g.Prompt, g.NegativePrompt, g.ModelId, g.Seed, g.Steps, g.Guidance, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt,
            Url(MediaKind.Video), Url(MediaKind.Poster), Url(MediaKind.Preview), c?.FrameCount, c?.Fps, c?.DurationSeconds, c?.Width, c?.Height,
            download, comments);
    }

    private static string Shorten(string prompt) => prompt.Length <= 80 ? prompt : prompt[..80] + "…";
}
