using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Workers;

namespace Reelwright.Api.Scheduling;

/// <summary>
/// How many more jobs of each model the online workers can take now: their concurrency plus the prefetch, minus
/// the jobs already released and not finished. A model no online worker runs has no room, so its jobs stay waiting
/// in the database, where they can still be reordered, paused or canceled.
/// </summary>
public sealed class FleetCapacity(StudioDbContext db, TimeProvider clock, IOptions<WorkersOptions> workers, IOptions<DispatcherOptions> dispatcher)
{
    public async Task<Dictionary<string, int>> RoomByModelAsync(CancellationToken ct)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var worker in await OnlineWorkersAsync(ct))
            foreach (var model in worker.Models.Where(m => m.Available))
                slots[model.ModelId] = slots.GetValueOrDefault(model.ModelId) + worker.ConcurrentJobs + dispatcher.Value.PrefetchPerWorker;

        var inFlight = await InFlightByModelAsync(ct);
        return slots.ToDictionary(pair => pair.Key, pair => pair.Value - inFlight.GetValueOrDefault(pair.Key), StringComparer.Ordinal);
    }

    /// <summary>Worker slots per model (concurrency only), for estimates.</summary>
    public async Task<Dictionary<string, int>> SlotsByModelAsync(CancellationToken ct) =>
        (await OnlineWorkersAsync(ct)).SelectMany(w => w.Models.Where(m => m.Available).Select(m => (m.ModelId, w.ConcurrentJobs)))
            .GroupBy(x => x.ModelId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(x => x.ConcurrentJobs), StringComparer.Ordinal);

    /// <summary>Jobs released to the workers and not finished, per model.</summary>
    public Task<Dictionary<string, int>> InFlightByModelAsync(CancellationToken ct) =>
        db.Generations
            .Where(g => g.DispatchedAt != null && (g.Status == GenerationStatus.Queued || g.Status == GenerationStatus.Running))
            .GroupBy(g => g.ModelId)
            .Select(group => new { ModelId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(x => x.ModelId, x => x.Count, ct);

    private Task<List<WorkerRecord>> OnlineWorkersAsync(CancellationToken ct)
    {
        var onlineSince = clock.GetUtcNow().AddSeconds(-workers.Value.OfflineAfterSeconds);
        return db.Workers.AsNoTracking().Where(w => w.LastSeenAt >= onlineSince).ToListAsync(ct);
    }
}
