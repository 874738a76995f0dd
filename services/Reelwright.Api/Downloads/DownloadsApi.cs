using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Downloads;

/// <summary>
/// Downloads of a finished clip for anyone who may see it. A clip published with its recipe hidden keeps it hidden
/// in the file too, except from its own team.
/// </summary>
public static class DownloadsApi
{
    public static RouteHandlerBuilder MapDownloadsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/generations/{id:guid}/download", DownloadAsync)
            .WithTags("Downloads")
            .WithName("DownloadGeneration")
            .WithSummary("Download a finished clip as an MP4 carrying its title and recipe, or as its GIF preview (anyone who can see it)")
            .WithDescription("format=mp4 (the default) or gif. The MP4's streams are the clip's own, untouched; its title is the published title or the prompt, its comment the recipe as JSON (\"recipe hidden\" for a clip published with its recipe hidden, outside its team).")
            .Produces(StatusCodes.Status200OK, contentType: "video/mp4", additionalContentTypes: ["image/gif"])
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> DownloadAsync(Guid id, StudioAccess access, DownloadWriter writer, CancellationToken ct, string? format = null)
    {
        var generation = await (await access.VisibleGenerationsAsync(ct)).AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation is null)
            return AccessProblems.NotFound("generation");
        return await writer.DownloadAsync(generation, await HidesRecipeFromCallerAsync(generation, access, ct), format, ct);
    }

    private static async Task<bool> HidesRecipeFromCallerAsync(Generation generation, StudioAccess access, CancellationToken ct) =>
        generation is { HideRecipe: true, PublishedAt: not null }
        && !(access.UserId is { } userId && generation.AuthorId == userId)
        && await access.RoleInAsync(generation.TeamId, ct) is null;
}
