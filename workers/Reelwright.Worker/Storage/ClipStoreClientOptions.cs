using Azure.Core;
using Azure.Storage.Blobs;

namespace Reelwright.Worker.Storage;

public static class ClipStoreClientOptions
{
    /// <summary>The blob client's own retries, with exponential back-off: a store that blinks costs a delay, not a clip.</summary>
    public static BlobClientOptions From(ClipStoreOptions options)
    {
        var client = new BlobClientOptions();
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.MaxRetries = options.Retries;
        client.Retry.Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds);
        client.Retry.MaxDelay = TimeSpan.FromSeconds(options.RetryMaxDelaySeconds);
        client.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return client;
    }
}
