using Azure;
using Azure.Storage.Blobs;
using Reelwright.Api.Access;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Downloads;

/// <summary>
/// Hands a finished clip over as a file to keep: the MP4 with its title and recipe written in, or the GIF preview as
/// stored. Whoever calls it has already decided the caller may have the clip (a visible generation, a share link that
/// allows downloads) and whether its recipe must stay hidden from them.
/// </summary>
public sealed class DownloadWriter(ClipRemuxer remuxer, BlobServiceClient blobs, ILogger<DownloadWriter> logger)
{
    /// <summary>The download, or the problem that stands in for it: 400 for an unknown format, 409 before the clip is finished.</summary>
    /// <param name="generation">Loaded with its <see cref="Generation.Clip"/>.</param>
    /// <param name="format">"mp4" (also when null) or "gif".</param>
    public async Task<IResult> DownloadAsync(Generation generation, bool hideRecipe, string? format, CancellationToken ct)
    {
        if (!DownloadFormats.TryParse(format, out var chosen))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be mp4 or gif."] });
        if (generation.Status != GenerationStatus.Succeeded)
            return TypedResults.Problem(title: "Only a finished clip can be downloaded.", detail: $"This generation is {generation.Status}.",
                statusCode: StatusCodes.Status409Conflict);
        if (generation.Clip is not { } clip)
            return AccessProblems.NotFound("clip");

        try
        {
            return chosen == DownloadFormat.Gif ? await PreviewAsync(generation.Id, clip, ct) : await VideoAsync(generation, clip, hideRecipe, ct);
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status404NotFound)
        {
            return AccessProblems.NotFound("clip");
        }
        catch (RemuxFailedException e)
        {
            logger.LogError(e, "The MP4 download of generation {GenerationId} could not be prepared", generation.Id);
            return TypedResults.Problem(title: "The MP4 could not be prepared.", detail: "The server could not write the file; the GIF preview can still be downloaded.",
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>Writes <see cref="DownloadAsync"/>'s answer straight to the response, for callers that do not return an <see cref="IResult"/>.</summary>
    public async Task WriteAsync(HttpContext http, Generation generation, bool hideRecipe, string? format) =>
        await (await DownloadAsync(generation, hideRecipe, format, http.RequestAborted)).ExecuteAsync(http);

    private async Task<IResult> VideoAsync(Generation generation, Clip clip, bool hideRecipe, CancellationToken ct)
    {
        var video = await remuxer.RemuxAsync(clip, DownloadMetadata.For(generation, clip, hideRecipe), ct);
        // The result closes the stream once sent (or abandoned), which deletes the temporary file.
        return TypedResults.Stream(video, "video/mp4", FileName(generation.Id, DownloadFormat.Mp4));
    }

    private async Task<IResult> PreviewAsync(Guid generationId, Clip clip, CancellationToken ct)
    {
        var blob = blobs.GetBlobContainerClient(clip.Container).GetBlobClient(clip.PreviewBlob);
        var preview = await blob.OpenReadAsync(new Azure.Storage.Blobs.Models.BlobOpenReadOptions(allowModifications: false), ct);
        return TypedResults.Stream(preview, "image/gif", FileName(generationId, DownloadFormat.Gif));
    }

    private static string FileName(Guid generationId, DownloadFormat format) =>
        $"reelwright-{generationId}.{format.ToString().ToLowerInvariant()}";
}
