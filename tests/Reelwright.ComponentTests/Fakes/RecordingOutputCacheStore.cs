using Microsoft.AspNetCore.OutputCaching;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>An output cache that keeps nothing and records which tags were evicted.</summary>
public sealed class RecordingOutputCacheStore : IOutputCacheStore
{
    public List<string> EvictedTags { get; } = [];

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        EvictedTags.Add(tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
