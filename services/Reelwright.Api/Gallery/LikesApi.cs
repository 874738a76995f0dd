using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Data;

namespace Reelwright.Api.Gallery;

/// <summary>
/// Liking a published clip: one like per account, however many requests race (the like's key is clip and account),
/// and the clip's count moves in the same transaction only when a like was really added or removed.
/// </summary>
public static class LikesApi
{
    public static void MapLikesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/gallery").WithTags("Gallery").RequireAuthorization();
        api.MapPut("/{id:guid}/like", (Guid id, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct) => ChangeAsync(id, like: true, http, db, clock, ct))
            .WithName("LikeGalleryClip").WithSummary("Like a published clip (again: no change)")
            .Produces<LikeResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/{id:guid}/like", (Guid id, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct) => ChangeAsync(id, like: false, http, db, clock, ct))
            .WithName("UnlikeGalleryClip").WithSummary("Take back one's like of a published clip (not liked: no change)")
            .Produces<LikeResponse>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ChangeAsync(Guid id, bool like, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await GalleryClips.Published(db).AnyAsync(g => g.Id == id, ct))
            return AccessProblems.NotFound("clip in the gallery");
        var userId = http.User.RequiredUserId();
        var now = clock.GetUtcNow();

        var strategy = db.Database.CreateExecutionStrategy();
        var likeCount = await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // A concurrent insert of the same key waits for the first to commit, then inserts nothing: 0 rows, no count change.
            var changed = like
                ? await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO likes (generation_id, user_id, created_at) VALUES ({id}, {userId}, {now}) ON CONFLICT DO NOTHING", token)
                : await db.Likes.Where(l => l.GenerationId == id && l.UserId == userId).ExecuteDeleteAsync(token);
            if (changed == 1)
                await db.Generations.Where(g => g.Id == id).ExecuteUpdateAsync(set => set.SetProperty(g => g.LikeCount, g => g.LikeCount + (like ? 1 : -1)), token);
            var count = await db.Generations.Where(g => g.Id == id).Select(g => g.LikeCount).SingleAsync(token);
            await transaction.CommitAsync(token);
            return count;
        }, ct);
        return TypedResults.Ok(new LikeResponse(likeCount, like));
    }
}
