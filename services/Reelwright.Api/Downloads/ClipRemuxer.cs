using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Downloads;

/// <summary>
/// Copies a clip's stored MP4 into a temporary file with new metadata, the streams untouched (no re-encode, so the
/// frames stay exactly those that were generated).
/// </summary>
public sealed class ClipRemuxer(BlobServiceClient blobs, IOptions<DownloadOptions> options)
{
    /// <summary>
    /// The remuxed MP4, open for reading; the file is deleted when the stream is closed, so a finished or abandoned
    /// download leaves nothing behind. Throws <see cref="Azure.RequestFailedException"/> when the stored video is gone.
    /// </summary>
    public async Task<Stream> RemuxAsync(Clip clip, DownloadMetadata metadata, CancellationToken ct)
    {
        var settings = options.Value;
        var stem = Path.Combine(Path.GetTempPath(), $"reelwright-download-{Guid.NewGuid():N}");
        var (input, output) = ($"{stem}-in.mp4", $"{stem}-out.mp4");
        try
        {
            // ffmpeg reads a file rather than a pipe: an MP4's index may sit anywhere in it.
            await blobs.GetBlobContainerClient(clip.Container).GetBlobClient(clip.VideoBlob).DownloadToAsync(input, ct);
            await FfmpegProcess.RunAsync(settings.FfmpegPath, Arguments(input, output, metadata), TimeSpan.FromSeconds(settings.TimeoutSeconds), ct);
            return new FileStream(output, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan | FileOptions.DeleteOnClose);
        }
        catch
        {
            File.Delete(output);
            throw;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string[] Arguments(string input, string output, DownloadMetadata metadata) =>
    [
        "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
        "-i", input,
        "-map", "0", "-c", "copy",
        // Only what we write: no metadata carried over from the stored file.
        "-map_metadata", "-1",
        "-metadata", $"title={metadata.Title}",
        "-metadata", $"comment={metadata.Comment}",
        // The index first, so a player starts before the whole file has arrived.
        "-movflags", "+faststart",
        output,
    ];
}
