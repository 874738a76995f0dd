using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Activity;

namespace Reelwright.Api.Webhooks;

/// <summary>
/// Puts an activity entry into the current unit of work together with a delivery for every enabled webhook of its
/// project that subscribes to its kind. It never saves: the caller's SaveChangesAsync commits the entry and its
/// deliveries together, or neither, with whatever the entry reports.
/// </summary>
public sealed class ActivityRecorder(StudioDbContext db, WebhookSignal signal, TimeProvider clock)
{
    private bool _wakesSenderOnSave;

    /// <summary>
    /// Adds <paramref name="entry"/> and its deliveries to the DbContext; the caller then saves. Set the entry's
    /// <see cref="ActivityEntry.Id"/> and <see cref="ActivityEntry.CreatedAt"/> (the time of the event), as the
    /// deliveries' payloads carry them.
    /// </summary>
    public async Task RecordAsync(ActivityEntry entry, CancellationToken ct)
    {
        if (entry.Id == Guid.Empty || entry.CreatedAt == default)
            throw new ArgumentException("An activity entry needs its Id and CreatedAt before it is recorded.", nameof(entry));

        db.Activity.Add(entry);
        var kind = entry.Kind.ToString();
        var webhookIds = await db.Webhooks.AsNoTracking()
            .Where(w => w.ProjectId == entry.ProjectId && w.DisabledAt == null && (w.Events.Count == 0 || w.Events.Contains(kind)))
            .Select(w => w.Id)
            .ToListAsync(ct);
        if (webhookIds.Count == 0)
            return;

        var now = clock.GetUtcNow();
        foreach (var webhookId in webhookIds)
            db.WebhookDeliveries.Add(PendingDelivery.Create(webhookId, kind, entry, entry.CreatedAt, now));
        WakeSenderOnSave();
    }

    /// <summary>
    /// SavedChanges fires before an enclosing transaction commits; the sender then finds nothing yet, and the next poll
    /// picks the rows up. Either way no delivery waits longer than a poll interval.
    /// </summary>
    private void WakeSenderOnSave()
    {
        if (_wakesSenderOnSave)
            return;
        _wakesSenderOnSave = true;
        db.SavedChanges += (_, _) => signal.Notify();
    }
}
