using Microsoft.Extensions.Options;
using Reelwright.Worker.Extensions;

namespace Reelwright.Worker.Generation;

/// <summary>
/// How many jobs this worker runs at once, across all its models' queues: each queue's own limit would let a worker
/// with two models run two jobs on a GPU meant for one.
/// </summary>
public sealed class JobSlots(IOptions<WorkerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _free = new(options.Value.ConcurrentJobs, options.Value.ConcurrentJobs);

    /// <summary>Waits for a free slot; disposing the returned value gives it back.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken ct)
    {
        await _free.WaitAsync(ct);
        return new Slot(_free);
    }

    public void Dispose() => _free.Dispose();

    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                free.Release();
        }
    }
}
