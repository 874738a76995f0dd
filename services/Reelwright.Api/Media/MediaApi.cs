using Azure;
using Azure.Storage.Blobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Reelwright.Api.Access;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Media;

/// <summary>
/// Streams clip media from the blob store through the API, so no blob URL is ever public. A request is served when it
/// carries a valid signed URL (what the API hands out; see <see cref="MediaUrlSigner"/>) or comes from a caller who may
/// see the generation (a script with a token). Range requests are honoured so the video element can seek.
/// </summary>
public static class MediaApi
{
    public static RouteHandlerBuilder MapMediaApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/generations/{id:guid}/media/{kind}", StreamAsync)
            .WithTags("Media")
            .WithName("GetGenerationMedia")
            .WithSummary("Stream a clip's video (MP4), poster (PNG) or animated preview (GIF), with HTTP range support")
            .WithDescription("Use the signed URLs in a generation's clip, or send a token. An expired signed URL answers 410: fetch the generation again for a fresh one.")
            .Produces(StatusCodes.Status200OK, contentType: "video/mp4", additionalContentTypes: ["image/png", "image/gif"])
            .Produces(StatusCodes.Status206PartialContent, contentType: "video/mp4")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

    private static async Task<IResult> StreamAsync(
        Guid id, string kind, StudioDbContext db, StudioAccess access, MediaUrlSigner signer, BlobServiceClient blobs, HttpContext http, CancellationToken ct,
        long? exp = null, int? v = null, string? sig = null)
    {
        if (!Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var mediaKind) || int.TryParse(kind, out _))
            return TypedResults.Problem(
                title: "Unknown media kind.",
                detail: "kind must be one of: video, poster, preview.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = "kind" });

        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).SingleOrDefaultAsync(g => g.Id == id, ct);
        if (generation?.Clip is not { } clip)
            return AccessProblems.NotFound("clip");

        var link = exp is { } expires && v is { } version && sig is not null
            ? signer.Check(id, mediaKind, expires, version, sig, generation.MediaAccessVersion)
            : MediaLinkCheck.Invalid;
        if (link == MediaLinkCheck.Expired)
            return TypedResults.Problem(title: "This media link has expired.", detail: "Fetch the generation again for a fresh link.", statusCode: StatusCodes.Status410Gone);
        if (link == MediaLinkCheck.Invalid && !await access.CanSeeAsync(generation, ct))
            return AccessProblems.NotFound("clip");

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
            return AccessProblems.NotFound("clip");
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
