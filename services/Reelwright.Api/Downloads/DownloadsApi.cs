using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Api.Media;
using Reelwright.Data;
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

    /// <param name="exp">With v and sig: the clip's signed video URL's signature, which a browser's download link carries instead of a
    /// bearer token (it proves what the video URL proves, and nothing about the team: a hidden recipe stays hidden).</param>
    private static async Task<IResult> DownloadAsync(
        Guid id, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, DownloadWriter writer, CancellationToken ct,
        string? format = null, long? exp = null, int? v = null, string? sig = null)
    {
        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct);
        var signed = generation is not null && exp is { } expires && v is { } version && sig is not null
            && signer.Check(id, MediaKind.Video, expires, version, sig, generation.MediaAccessVersion) == MediaLinkCheck.Valid;
        if (generation is null || (!signed && !await access.CanSeeAsync(generation, ct)))
            return AccessProblems.NotFound("generation");
        return await writer.DownloadAsync(generation, await HidesRecipeFromCallerAsync(generation, access, ct), format, ct);
    }

    private static async Task<bool> HidesRecipeFromCallerAsync(Generation generation, StudioAccess access, CancellationToken ct) =>
        generation is { HideRecipe: true, PublishedAt: not null }
        && !(access.UserId is { } userId && generation.AuthorId == userId)
        && await access.RoleInAsync(generation.TeamId, ct) is null;
}
