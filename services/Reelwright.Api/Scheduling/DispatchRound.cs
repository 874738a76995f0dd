using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Api.Outbox;
using Reelwright.Api.Workers;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

/// <summary>
/// One pass of the dispatcher: put stuck jobs back in line, then release waiting jobs in fair order while their
/// model's workers have room. The whole pass holds a PostgreSQL advisory lock, so several API instances dispatch one
/// at a time and never release a job twice; releasing is marking the job and writing its GenerateClip to the outbox
/// in the same transaction.
/// </summary>
public sealed class DispatchRound(
    StudioDbContext db, FleetCapacity fleet, WaitingJobs waiting, OutboxSignal outbox, TimeProvider clock,
    IOptions<DispatcherOptions> options, IOptions<WorkersOptions> workers, ILogger<DispatchRound> logger)
{
    // Any constant shared by every instance; "reelwrig" in ASCII.
    private const long AdvisoryLockKey = 0x7265656c77726967;

    /// <returns>How many jobs were released.</returns>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var released = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", token);
            await RequeueStuckAsync(token);
            var count = await ReleaseAsync(token);
            await transaction.CommitAsync(token);
            return count;
        }, ct);
        if (released > 0)
            outbox.Notify();
        return released;
    }

    // A worker killed mid-job stops reporting; RabbitMQ hands its message to another worker, but with none left the job
    // would sit in Running forever. After the grace period it is released again (a clip already stored is re-announced,
    // not resampled, so it is never made twice).
    private async Task RequeueStuckAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var onlineSince = now.AddSeconds(-workers.Value.OfflineAfterSeconds);
        var stuckSince = now.AddSeconds(-options.Value.StuckAfterSeconds);
        var requeued = await db.Generations
            .Where(g => g.Status == GenerationStatus.Running && g.StartedAt < stuckSince)
            .Where(g => !db.Workers.Any(w => w.Name == g.WorkerName && w.LastSeenAt >= onlineSince))
            .ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Status, GenerationStatus.Queued)
                .SetProperty(g => g.DispatchedAt, (DateTimeOffset?)null)
                .SetProperty(g => g.StartedAt, (DateTimeOffset?)null)
                .SetProperty(g => g.CurrentStep, 0)
                .SetProperty(g => g.WorkerName, (string?)null), ct);
        if (requeued > 0)
            logger.LogWarning("Put {Count} job(s) back in the queue: their workers stopped reporting while running them", requeued);
    }

    private async Task<int> ReleaseAsync(CancellationToken ct)
    {
        var room = await fleet.RoomByModelAsync(ct);
        if (!room.Values.Any(free => free > 0))
            return 0;

        var now = clock.GetUtcNow();
        var ids = new List<Guid>();
        foreach (var job in await waiting.InOrderAsync(includeHeld: false, ct))
        {
            if (room.GetValueOrDefault(job.ModelId) <= 0)
                continue;
            room[job.ModelId]--;
            ids.Add(job.Id);
        }

        var jobs = await db.Generations.Where(g => ids.Contains(g.Id)).ToListAsync(ct);
        foreach (var generation in ids.Select(id => jobs.Single(g => g.Id == id)))
        {
            generation.DispatchedAt = now;
            generation.DispatchCount++;
            db.AddToOutbox(GenerateClipMessage.For(generation), now);
        }
        await db.SaveChangesAsync(ct);
        return ids.Count;
    }
}
