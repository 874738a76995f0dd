using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Media;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Gallery;

/// <summary>What the gallery holds, and how its clips are read out for the public.</summary>
public static class GalleryClips
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxRemixesListed = 20;

    /// <summary>
    /// Published clips that are still public: narrowing a published clip's visibility (PUT visibility) takes it out
    /// of the gallery too, so the gallery never shows what its author has since kept to the team.
    /// </summary>
    public static IQueryable<Generation> Published(StudioDbContext db) =>
        db.Generations.Where(g => g.PublishedAt != null && g.Visibility == Visibility.Public && g.Clip != null);

    /// <summary>One page of <paramref name="clips"/>, the newest published first, after <paramref name="after"/>.</summary>
    public static async Task<(List<Generation> Page, string? NextCursor)> NewestFirstAsync(
        IQueryable<Generation> clips, GalleryCursor? after, int limit, CancellationToken ct)
    {
        var query = clips.AsNoTracking().Include(g => g.Clip).Include(g => g.Author).AsQueryable();
        if (after is not null)
            query = query.Where(g => EF.Functions.LessThan(ValueTuple.Create(g.PublishedAt, g.Id), ValueTuple.Create((DateTimeOffset?)after.PublishedAt, after.Id)));
        var rows = await query.OrderByDescending(g => g.PublishedAt).ThenByDescending(g => g.Id).Take(limit + 1).ToListAsync(ct);
        var page = rows.Take(limit).ToList();
        return (page, rows.Count > limit ? new GalleryCursor(page[^1].PublishedAt!.Value, page[^1].Id).Encode() : null);
    }

    /// <param name="clips">Published clips loaded with their Clip and Author.</param>
    /// <param name="viewerId">The caller, for likedByMe; null when anonymous.</param>
    public static async Task<List<GalleryClipResponse>> ReadAsync(
        IReadOnlyList<Generation> clips, StudioDbContext db, Guid? viewerId, MediaUrlSigner signer, CancellationToken ct)
    {
        var ids = clips.Select(g => g.Id).ToList();
        var liked = viewerId is { } userId
            ? (await db.Likes.Where(l => l.UserId == userId && ids.Contains(l.GenerationId)).Select(l => l.GenerationId).ToListAsync(ct)).ToHashSet()
            : [];
        // Every published remix of the page's clips at once (remixes per clip are few), rather than a query per clip.
        var remixes = (await Published(db).Where(r => r.RemixOfId != null && ids.Contains(r.RemixOfId.Value))
                .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
                .Select(r => new { r.RemixOfId, Link = new RemixLinkResponse(r.Id, r.Title ?? "", r.Author!.DisplayName) })
                .ToListAsync(ct))
            .ToLookup(r => r.RemixOfId!.Value, r => r.Link);
        var originIds = clips.Where(g => g.RemixOfId != null).Select(g => g.RemixOfId!.Value).Distinct().ToList();
        var origins = originIds.Count == 0
            ? []
            : await Published(db).Where(o => originIds.Contains(o.Id))
                .Select(o => new RemixLinkResponse(o.Id, o.Title ?? "", o.Author!.DisplayName)).ToDictionaryAsync(o => o.Id, ct);

        return [.. clips.Select(g => new GalleryClipResponse(
            g.Id, g.Title ?? "", g.AuthorId, g.Author?.DisplayName, g.PublishedAt!.Value,
            signer.UrlFor(g.Id, MediaKind.Video, g.MediaAccessVersion),
            signer.UrlFor(g.Id, MediaKind.Poster, g.MediaAccessVersion),
            signer.UrlFor(g.Id, MediaKind.Preview, g.MediaAccessVersion),
            g.Clip!.DurationSeconds, g.Clip.FrameCount, g.Clip.Fps, g.Clip.Width, g.Clip.Height,
            g.LikeCount, liked.Contains(g.Id), remixes[g.Id].Count(),
            g.HideRecipe ? null : new GalleryRecipeResponse(g.Prompt, g.NegativePrompt, g.ModelId, g.Seed, g.Steps, g.Guidance, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt),
            g.RemixOfId is { } originId && origins.TryGetValue(originId, out var origin) ? origin : null,
            [.. remixes[g.Id].Take(MaxRemixesListed)]))];
    }

    public static Dictionary<string, string[]> ValidatePaging(string? cursor, int limit, out GalleryCursor? after)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > MaxPageSize)
            errors["limit"] = [$"limit must be between 1 and {MaxPageSize}."];
        after = null;
        if (cursor is not null && !GalleryCursor.TryDecode(cursor, out after))
            errors["cursor"] = ["cursor is not one this API handed out; pass nextCursor from the previous page."];
        return errors;
    }
}
