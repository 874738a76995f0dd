using Reelwright.Data;
using Reelwright.Data.Activity;

namespace Reelwright.Api.Webhooks;

/// <summary>Adds an activity entry to the caller's unit of work; the caller saves.</summary>
public sealed class ActivityRecorder(StudioDbContext db)
{
    public Task RecordAsync(ActivityEntry entry, CancellationToken ct)
    {
        db.Activity.Add(entry);
        return Task.CompletedTask;
    }
}
