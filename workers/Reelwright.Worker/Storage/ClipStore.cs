using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Worker.Media;

namespace Reelwright.Worker.Storage;

/// <summary>
/// Clip media in the blob store, one folder per generation. Blob names derive from the generation id, so a
/// redelivered job overwrites rather than duplicates; the record blob is written last and marks the clip complete.
/// </summary>
public sealed class ClipStore(BlobServiceClient blobs, IOptions<ClipStoreOptions> options)
{
    private const string RecordBlobName = "clip.json";
    private readonly BlobContainerClient _container = blobs.GetBlobContainerClient(options.Value.Container);
    private readonly int _retries = options.Value.Retries;

    public string Container => _container.Name;

    public Task EnsureContainerAsync(CancellationToken ct) => _container.CreateIfNotExistsAsync(cancellationToken: ct);

    /// <summary>The ClipGenerated a previous delivery of this job already stored, if it got that far.</summary>
    public async Task<ClipGenerated?> FindCompletedAsync(Guid generationId, CancellationToken ct)
    {
        try
        {
            var record = await _container.GetBlobClient(BlobName(generationId, RecordBlobName)).DownloadContentAsync(ct);
            return record.Value.Content.ToObjectFromJson<ClipGenerated>();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <exception cref="ClipStorageException">The blob store kept failing through every retry.</exception>
    public Task<ClipMedia> UploadAsync(Guid generationId, EncodedClip clip, CancellationToken ct) => StoringAsync(async () =>
    {
        var video = await UploadAsync(generationId, "clip", clip.Video, ct);
        var poster = await UploadAsync(generationId, "poster", clip.Poster, ct);
        var preview = await UploadAsync(generationId, "preview", clip.Preview, ct);
        return new ClipMedia(_container.Name, video, clip.Video.Content.Length, clip.VideoSha256,
            poster, clip.Poster.Content.Length, preview, clip.Preview.Content.Length);
    });

    /// <summary>Deletes whatever a canceled job had uploaded, so nothing of it is left in the store.</summary>
    public async Task DiscardAsync(Guid generationId, CancellationToken ct)
    {
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{generationId:D}/", ct))
            await _container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: ct);
    }

    /// <exception cref="ClipStorageException">The blob store kept failing through every retry.</exception>
    public Task MarkCompletedAsync(ClipGenerated clip, CancellationToken ct) => StoringAsync(() =>
        _container.GetBlobClient(BlobName(clip.GenerationId, RecordBlobName))
            .UploadAsync(BinaryData.FromObjectAsJson(clip), Upload("application/json"), ct));

    // The client already retried with back-off (see ClipStoreOptions); what still fails is an outage, said in words.
    private async Task<T> StoringAsync<T>(Func<Task<T>> store)
    {
        try
        {
            return await store();
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException or IOException)
        {
            throw new ClipStorageException($"The blob store could not store the clip, still failing after {_retries} retries: {e.Message}", e);
        }
    }

    private async Task<string> UploadAsync(Guid generationId, string stem, EncodedMedia media, CancellationToken ct)
    {
        var name = BlobName(generationId, $"{stem}{media.FileExtension}");
        await _container.GetBlobClient(name).UploadAsync(new BinaryData(media.Content), Upload(media.ContentType), ct);
        return name;
    }

    private static BlobUploadOptions Upload(string contentType) =>
        new() { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };

    private static string BlobName(Guid generationId, string file) => $"{generationId:D}/{file}";
}
