using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Media;
using Reelwright.Data;

namespace Reelwright.Api.Gallery;

/// <summary>
/// The public gallery: published clips for anyone, signed in or not, newest first or most liked this week. Only
/// published clips exist here (anything else answers 404), and a hidden recipe never leaves the team.
/// </summary>
public static class GalleryApi
{
    /// <summary>"Most liked" counts the likes of the last seven days, so the gallery's top is what people like now.</summary>
    public static readonly TimeSpan LikedWindow = TimeSpan.FromDays(7);

    /// <summary>The gallery, publishing, likes and profiles.</summary>
    public static void MapGalleryApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gallery").WithTags("Gallery");
        api.MapGet("/", ListAsync).WithName("ListGallery")
            .WithSummary("Published clips (anyone): sort=recent (newest first, the default) or liked (most liked in the last 7 days), keyset-paged")
            .Produces<GalleryPage>().ProducesValidationProblem();
        api.MapGet("/{id:guid}", GetAsync).WithName("GetGalleryClip")
            .WithSummary("A published clip with its media, likes, recipe (unless hidden) and remix lineage (anyone)")
            .Produces<GalleryClipResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPublishingApi();
        app.MapLikesApi();
        app.MapPeopleApi();
    }

    private static async Task<IResult> ListAsync(
        StudioDbContext db, StudioAccess access, MediaUrlSigner signer, TimeProvider clock, CancellationToken ct,
        string? sort = null, string? cursor = null, int limit = GalleryClips.DefaultPageSize)
    {
        var errors = GalleryClips.ValidatePaging(cursor, limit, out var after);
        var byLikes = string.Equals(sort, "liked", StringComparison.OrdinalIgnoreCase);
        if (sort is not null && !byLikes && !string.Equals(sort, "recent", StringComparison.OrdinalIgnoreCase))
            errors["sort"] = ["sort must be recent or liked."];
        else if (after is not null && byLikes != after.WeekLikes.HasValue)
            errors["cursor"] = ["This cursor belongs to the other sort: pass nextCursor from a page of the same sort."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var (page, next) = byLikes
            ? await MostLikedAsync(db, after, after?.LikesSince ?? clock.GetUtcNow() - LikedWindow, limit, ct)
            : await GalleryClips.NewestFirstAsync(GalleryClips.Published(db), after, limit, ct);
        return TypedResults.Ok(new GalleryPage(await GalleryClips.ReadAsync(page, db, access.UserId, signer, ct), next));
    }

    /// <param name="since">The start of the week counted, kept in the cursor so every page of one walk counts the same likes.</param>
    private static async Task<(List<Data.Generations.Generation> Page, string? NextCursor)> MostLikedAsync(
        StudioDbContext db, GalleryCursor? after, DateTimeOffset since, int limit, CancellationToken ct)
    {
        var ranked = GalleryClips.Published(db).AsNoTracking().Include(g => g.Clip).Include(g => g.Author)
            .Select(g => new { Generation = g, WeekLikes = db.Likes.Count(l => l.GenerationId == g.Id && l.CreatedAt >= since) });
        if (after is { WeekLikes: { } likes })
            ranked = ranked.Where(r => r.WeekLikes < likes
                || (r.WeekLikes == likes && EF.Functions.LessThan(
                    ValueTuple.Create(r.Generation.PublishedAt, r.Generation.Id), ValueTuple.Create((DateTimeOffset?)after.PublishedAt, after.Id))));
        var rows = await ranked.OrderByDescending(r => r.WeekLikes).ThenByDescending(r => r.Generation.PublishedAt).ThenByDescending(r => r.Generation.Id)
            .Take(limit + 1).ToListAsync(ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new GalleryCursor(page[^1].Generation.PublishedAt!.Value, page[^1].Generation.Id, page[^1].WeekLikes, since).Encode() : null;
        return ([.. page.Select(r => r.Generation)], next);
    }

    private static async Task<IResult> GetAsync(Guid id, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, CancellationToken ct)
    {
        var clip = await GalleryClips.Published(db).AsNoTracking().Include(g => g.Clip).Include(g => g.Author).SingleOrDefaultAsync(g => g.Id == id, ct);
        return clip is null
            ? AccessProblems.NotFound("clip in the gallery")
            : TypedResults.Ok((await GalleryClips.ReadAsync([clip], db, access.UserId, signer, ct))[0]);
    }
}
