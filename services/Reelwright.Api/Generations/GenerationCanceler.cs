using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Generations.Status;
using Reelwright.Api.Outbox;
using Reelwright.Api.Scheduling;
using Reelwright.Contracts;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>
/// Cancels a queued or running generation: it ends Canceled at once, and workers are told in the same
/// transaction (outbox), so the one running it stops at its next sampling step and the clip is never stored.
/// </summary>
public sealed class GenerationCanceler(
    StudioDbContext db, GenerationStatusRecorder recorder, GenerationLocks locks, OutboxSignal outbox, DispatchSignal dispatcher, TimeProvider clock)
{
    public async Task<CancellationOutcome> CancelAsync(Guid id, CancellationToken ct)
    {
        using (await locks.AcquireAsync(id, ct))
        {
            var now = clock.GetUtcNow();
            var strategy = db.Database.CreateExecutionStrategy();
            var changed = await strategy.ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var rows = await db.Generations
                    .Where(g => g.Id == id && GenerationStatusRecorder.Unfinished.Contains(g.Status))
                    .ExecuteUpdateAsync(set => set
                        .SetProperty(g => g.Status, GenerationStatus.Canceled)
                        .SetProperty(g => g.CompletedAt, now), token);
                if (rows > 0)
                {
                    db.AddToOutbox(new GenerationCancellationRequested(id, now), now);
                    await db.SaveChangesAsync(token);
                }
                await transaction.CommitAsync(token);
                return rows;
            }, ct);

            if (changed > 0)
            {
                outbox.Notify();
                dispatcher.Notify();
                await recorder.NotifyIfChangedAsync(id, changed, ct);
            }
        }

        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).Include(g => g.Author).SingleOrDefaultAsync(g => g.Id == id, ct);
        return generation switch
        {
            null => new CancellationOutcome.NotFound(),
            { Status: GenerationStatus.Canceled } => new CancellationOutcome.Canceled(generation),
            _ => new CancellationOutcome.AlreadyFinished(generation),
        };
    }
}
