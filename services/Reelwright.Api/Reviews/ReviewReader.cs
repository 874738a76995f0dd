using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Reviews;

namespace Reelwright.Api.Reviews;

/// <summary>Reviews as clients see them, with people's names and the derived state.</summary>
public static class ReviewReader
{
    public static async Task<List<ReviewResponse>> ForGenerationAsync(StudioDbContext db, Guid generationId, CancellationToken ct)
    {
        var reviews = await db.Reviews.AsNoTracking().Include(r => r.Reviewers).Where(r => r.GenerationId == generationId)
            .OrderByDescending(r => r.RequestedAt).ToListAsync(ct);
        return await ToResponsesAsync(db, reviews, ct);
    }

    public static async Task<ReviewResponse> ForReviewAsync(StudioDbContext db, Guid reviewId, CancellationToken ct)
    {
        var review = await db.Reviews.AsNoTracking().Include(r => r.Reviewers).SingleAsync(r => r.Id == reviewId, ct);
        return (await ToResponsesAsync(db, [review], ct)).Single();
    }

    private static async Task<List<ReviewResponse>> ToResponsesAsync(StudioDbContext db, List<Review> reviews, CancellationToken ct)
    {
        var people = reviews.SelectMany(r => r.Reviewers.Select(d => d.UserId).Append(r.RequestedBy)).Distinct().ToList();
        var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string NameOf(Guid id) => names.GetValueOrDefault(id, "a former member");
        return
        [
            .. reviews.Select(r => new ReviewResponse(
                r.Id, r.GenerationId, r.ShotId, r.RequestedBy, NameOf(r.RequestedBy), r.RequestedAt, ReviewStates.Of(r), r.SupersededAt,
                [.. r.Reviewers.OrderBy(d => NameOf(d.UserId)).Select(d => new ReviewerResponse(d.UserId, NameOf(d.UserId), d.Decision, d.Note, d.DecidedAt))])),
        ];
    }
}
