using System.Collections.Concurrent;

namespace Reelwright.Worker.Generation;

/// <summary>What this worker is doing and how fast it has been going, for its reports to the studio.</summary>
public sealed class WorkerActivity(TimeProvider clock)
{
    /// <summary>Throughput is measured over this window: long enough to smooth, short enough to show a stall.</summary>
    public static readonly TimeSpan ThroughputWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _running = new();
    private readonly ConcurrentQueue<DateTimeOffset> _produced = new();

    public void Started(Guid generationId) => _running[generationId] = clock.GetUtcNow();

    public void Ended(Guid generationId) => _running.TryRemove(generationId, out _);

    public void Produced() => _produced.Enqueue(clock.GetUtcNow());

    public IReadOnlyList<Guid> Running => [.. _running.Keys];

    /// <summary>Clips produced per minute over the last <see cref="ThroughputWindow"/> (fewer minutes if the worker is younger).</summary>
    public double ClipsPerMinute(DateTimeOffset startedAt)
    {
        var now = clock.GetUtcNow();
        while (_produced.TryPeek(out var oldest) && oldest < now - ThroughputWindow)
            _produced.TryDequeue(out _);
        var window = TimeSpan.FromTicks(Math.Min(ThroughputWindow.Ticks, (now - startedAt).Ticks));
        return window <= TimeSpan.Zero ? 0 : _produced.Count / window.TotalMinutes;
    }
}
