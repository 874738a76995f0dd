using System.Collections.Concurrent;

namespace Reelwright.Worker.Generation;

/// <summary>
/// Canceled generations as this worker has heard of them: the running one's token is canceled so the sampler stops
/// at its next step, and a job still to come is skipped. Remembered for a day, at most <see cref="Capacity"/> of them.
/// </summary>
public sealed class JobCancellations(TimeProvider clock)
{
    public const int Capacity = 10_000;
    private static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _canceled = new();

    /// <summary>A token for one job: canceled when the job is, or when the worker stops. Pair with <see cref="End"/>.</summary>
    public CancellationToken Begin(Guid generationId, CancellationToken workerStopping)
    {
        var job = CancellationTokenSource.CreateLinkedTokenSource(workerStopping);
        _running[generationId] = job;
        if (IsCanceled(generationId))
            job.Cancel(); // canceled between the check at the door and now
        return job.Token;
    }

    public void End(Guid generationId)
    {
        if (_running.TryRemove(generationId, out var job))
            job.Dispose();
    }

    public void Cancel(Guid generationId)
    {
        Forget(olderThan: clock.GetUtcNow() - Memory);
        _canceled[generationId] = clock.GetUtcNow();
        if (_running.TryGetValue(generationId, out var job))
        {
            try { job.Cancel(); }
            catch (ObjectDisposedException) { /* the job ended meanwhile */ }
        }
    }

    public bool IsCanceled(Guid generationId) => _canceled.ContainsKey(generationId);

    private void Forget(DateTimeOffset olderThan)
    {
        if (_canceled.Count < Capacity)
            return;
        foreach (var (id, at) in _canceled)
            if (at < olderThan || _canceled.Count >= Capacity)
                _canceled.TryRemove(id, out _);
    }
}
