using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Generations;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Media;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Gallery;

/// <summary>
/// Putting a finished clip in the public gallery and taking it out. Whoever may change who sees a clip may publish it
/// (<see cref="StudioAccess.CanManageAsync"/>). Unpublishing voids every media URL handed out before, at once.
/// </summary>
public static class PublishingApi
{
    public const int MaxTitleLength = 200;

    public static void MapPublishingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/generations").WithTags("Gallery").RequireAuthorization();
        api.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishGeneration")
            .WithSummary("Publish a finished clip to the gallery under a title, its recipe shown or hidden (its author, an owner of its team, or an administrator)")
            .WithDescription("The clip becomes public. Publishing it again changes its title or hidden recipe and keeps its place in the gallery.")
            .Produces<GalleryClipResponse>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/unpublish", UnpublishAsync).WithName("UnpublishGeneration")
            .WithSummary("Take a clip out of the gallery: it goes back to its team and every media URL handed out before stops working (its author, an owner of its team, or an administrator)")
            .WithDescription("Its title is kept for a later publish. Unpublishing a clip that is not published changes nothing.")
            .Produces<GenerationResponse>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PublishAsync(
        Guid id, PublishRequest request, StudioDbContext db, StudioAccess access, GenerationUpdateNotifier notifier, MediaUrlSigner signer, TimeProvider clock,
        CancellationToken ct)
    {
        var (generation, refusal) = await ManageableAsync(id, db, access, "publish it", ct);
        if (refusal is not null)
            return refusal;
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > MaxTitleLength)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = [$"Give it a title of 1 to {MaxTitleLength} characters."] });
        if (generation!.Status != GenerationStatus.Succeeded || generation.Clip is null)
            return TypedResults.Problem(title: "Only a finished clip can be published.", detail: $"Generation {id} is {generation.Status}; publish it once it has succeeded.",
                statusCode: StatusCodes.Status409Conflict);

        generation.PublishedAt ??= ToMicroseconds(clock.GetUtcNow());
        generation.Title = title;
        generation.HideRecipe = request.HideRecipe;
        generation.Visibility = Visibility.Public;
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(generation, ct);
        return TypedResults.Ok((await GalleryClips.ReadAsync([generation], db, access.UserId, signer, ct))[0]);
    }

    private static async Task<IResult> UnpublishAsync(
        Guid id, StudioDbContext db, StudioAccess access, GenerationUpdateNotifier notifier, MediaUrlSigner signer, CancellationToken ct)
    {
        var (generation, refusal) = await ManageableAsync(id, db, access, "unpublish it", ct);
        if (refusal is not null)
            return refusal;
        // Not published: leave it be, rather than widen a private clip to its team.
        if (generation!.PublishedAt is null)
            return TypedResults.Ok(GenerationResponse.From(generation, signer));

        generation.PublishedAt = null;
        generation.Visibility = Visibility.Team;
        generation.MediaAccessVersion++;
        await db.SaveChangesAsync(ct);
        await notifier.PublishAsync(generation, ct);
        return TypedResults.Ok(GenerationResponse.From(generation, signer));
    }

    // PostgreSQL keeps microseconds: the answer to the publish must show the instant the gallery will show.
    private static DateTimeOffset ToMicroseconds(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);

    /// <summary>The generation, tracked with its Clip and Author, or the refusal: 404 to whoever cannot see it, 403 to whoever cannot manage it.</summary>
    private static async Task<(Generation? Generation, IResult? Refusal)> ManageableAsync(Guid id, StudioDbContext db, StudioAccess access, string toDo, CancellationToken ct)
    {
        var generation = await db.Generations.Include(g => g.Clip).Include(g => g.Author).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null || !await access.CanSeeAsync(generation, ct))
            return (null, AccessProblems.NotFound("generation"));
        return await access.CanManageAsync(generation, ct) ? (generation, null) : (null, AccessProblems.NotYours(toDo));
    }
}
