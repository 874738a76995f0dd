using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Accounts;
using Reelwright.Api.Prompts;
using Reelwright.Data;
using Reelwright.Data.Favourites;

namespace Reelwright.Api.Favourites;

/// <summary>
/// Stars on one's prompts and clips, to find them again (GET /api/prompts and GET /api/generations take
/// favourites=true). Starring is idempotent; only what the caller can see can be starred.
/// </summary>
public static class FavouritesApi
{
    public static void MapFavouritesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/favourites").WithTags("Favourites").RequireAuthorization();
        api.MapGet("/", ListAsync).WithName("ListFavourites").WithSummary("The ids of the prompts and clips the caller starred").Produces<FavouritesResponse>();
        api.MapPut("/prompts/{id:guid}", StarPromptAsync).WithName("StarPrompt").WithSummary("Star a prompt (again: no change)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/prompts/{id:guid}", (Guid id, HttpContext http, StudioDbContext db, CancellationToken ct) => UnstarAsync(FavouriteKind.Prompt, id, http, db, ct))
            .WithName("UnstarPrompt").WithSummary("Remove a prompt's star").Produces(StatusCodes.Status204NoContent);
        api.MapPut("/generations/{id:guid}", StarGenerationAsync).WithName("StarGeneration").WithSummary("Star a clip (again: no change)")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/generations/{id:guid}", (Guid id, HttpContext http, StudioDbContext db, CancellationToken ct) => UnstarAsync(FavouriteKind.Generation, id, http, db, ct))
            .WithName("UnstarGeneration").WithSummary("Remove a clip's star").Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> ListAsync(HttpContext http, StudioDbContext db, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        var stars = await db.Favourites.AsNoTracking().Where(f => f.UserId == userId).OrderByDescending(f => f.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new FavouritesResponse(
            [.. stars.Where(f => f.Kind == FavouriteKind.Prompt).Select(f => f.TargetId)], [.. stars.Where(f => f.Kind == FavouriteKind.Generation).Select(f => f.TargetId)]));
    }

    private static async Task<IResult> StarPromptAsync(Guid id, HttpContext http, StudioDbContext db, PromptStore prompts, TimeProvider clock, CancellationToken ct) =>
        await prompts.FindVisibleAsync(id, ct) is null ? AccessProblems.NotFound("prompt") : await StarAsync(FavouriteKind.Prompt, id, http, db, clock, ct);

    private static async Task<IResult> StarGenerationAsync(Guid id, HttpContext http, StudioDbContext db, StudioAccess access, TimeProvider clock, CancellationToken ct) =>
        await (await access.VisibleGenerationsAsync(ct)).AnyAsync(g => g.Id == id, ct) ? await StarAsync(FavouriteKind.Generation, id, http, db, clock, ct) : AccessProblems.NotFound("generation");

    private static async Task<IResult> StarAsync(FavouriteKind kind, Guid id, HttpContext http, StudioDbContext db, TimeProvider clock, CancellationToken ct)
    {
        // A double click, or two tabs, star once: the key is (person, kind, thing) and a second star is no change.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO favourites (user_id, kind, target_id, created_at) VALUES ({http.User.RequiredUserId()}, {kind.ToString()}, {id}, {clock.GetUtcNow()}) ON CONFLICT DO NOTHING", ct);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> UnstarAsync(FavouriteKind kind, Guid id, HttpContext http, StudioDbContext db, CancellationToken ct)
    {
        var userId = http.User.RequiredUserId();
        await db.Favourites.Where(f => f.UserId == userId && f.Kind == kind && f.TargetId == id).ExecuteDeleteAsync(ct);
        return TypedResults.NoContent();
    }
}
