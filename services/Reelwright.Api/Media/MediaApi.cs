using Azure;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Media;

/// <summary>
/// Streams clip media from the blob store through the API, so no blob URL is ever public and access checks
/// (per project, later) sit in one place. Range requests are honoured so the video element can seek.
/// </summary>
public static class MediaApi
{
    public static RouteHandlerBuilder MapMediaApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/generations/{id:guid}/media/{kind}", StreamAsync)
            .WithTags("Media")
            .WithName("GetGenerationMedia")
            .WithSummary("Stream a clip's video (MP4), poster (PNG) or animated preview (GIF), with HTTP range support")
            .Produces(StatusCodes.Status200OK, contentType: "video/mp4", additionalContentTypes: ["image/png", "image/gif"])
            .Produces(StatusCodes.Status206PartialContent, contentType: "video/mp4")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<Results<FileStreamHttpResult, NotFound, ProblemHttpResult>> StreamAsync(
        Guid id, string kind, StudioDbContext db, BlobServiceClient blobs, HttpContext http, CancellationToken ct)
    {
        if (!Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var mediaKind) || int.TryParse(kind, out _))
            return TypedResults.Problem(
                title: "Unknown media kind.",
                detail: "kind must be one of: video, poster, preview.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "kind" });

        var clip = await db.Clips.AsNoTracking().SingleOrDefaultAsync(c => c.GenerationId == id, ct);
        if (clip is null)
            return TypedResults.NotFound();

        var (blobName, contentType) = Locate(clip, mediaKind);
        try
        {
            var blob = blobs.GetBlobContainerClient(clip.Container).GetBlobClient(blobName);
            var stream = await blob.OpenReadAsync(new Azure.Storage.Blobs.Models.BlobOpenReadOptions(allowModifications: false), ct);
            // Clip media never changes once stored, so the browser may keep it; "private" keeps shared caches out.
            http.Response.Headers.CacheControl = "private, max-age=86400, immutable";
            return TypedResults.Stream(stream, contentType, enableRangeProcessing: true,
                entityTag: new EntityTagHeaderValue($"\"{clip.VideoSha256[..16]}-{mediaKind}\""));
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return TypedResults.NotFound();
        }
    }

    private static (string BlobName, string ContentType) Locate(Clip clip, MediaKind kind) => kind switch
    {
        MediaKind.Video => (clip.VideoBlob, "video/mp4"),
        MediaKind.Poster => (clip.PosterBlob, "image/png"),
        MediaKind.Preview => (clip.PreviewBlob, ContentTypeOf(clip.PreviewBlob)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string ContentTypeOf(string blobName) =>
        Path.GetExtension(blobName).ToLowerInvariant() switch
        {
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            _ => "application/octet-stream",
        };
}
