using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Media;
using Reelwright.Data;

namespace Reelwright.Api.Gallery;

/// <summary>Public profiles: a person's name and what they published, for anyone. A closed account has no profile.</summary>
public static class PeopleApi
{
    public static void MapPeopleApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/people/{userId:guid}", GetAsync).WithTags("Gallery").WithName("GetPerson")
            .WithSummary("Someone's public profile: their name and published clips, newest first, keyset-paged (anyone)")
            .Produces<PersonResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> GetAsync(
        Guid userId, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, CancellationToken ct, string? cursor = null, int limit = GalleryClips.DefaultPageSize)
    {
        var errors = GalleryClips.ValidatePaging(cursor, limit, out var after);
        if (after is { WeekLikes: not null })
            errors["cursor"] = ["This cursor belongs to the gallery's most liked: pass nextCursor from this profile's previous page."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var displayName = await db.Users.Where(u => u.Id == userId && u.ClosedAt == null).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
        if (displayName is null)
            return AccessProblems.NotFound("person");

        var (page, next) = await GalleryClips.NewestFirstAsync(GalleryClips.Published(db).Where(g => g.AuthorId == userId), after, limit, ct);
        return TypedResults.Ok(new PersonResponse(userId, displayName, await GalleryClips.ReadAsync(page, db, access.UserId, signer, ct), next));
    }
}
