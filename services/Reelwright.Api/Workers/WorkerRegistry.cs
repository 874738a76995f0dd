using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Data;
using Reelwright.Data.Workers;

namespace Reelwright.Api.Workers;

/// <summary>What the fleet last said about itself: who is online, on which provider, able to run which models.</summary>
public sealed class WorkerRegistry(StudioDbContext db, TimeProvider clock, IOptions<WorkersOptions> options)
{
    public async Task RecordAsync(WorkerReported report, CancellationToken ct)
    {
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Name == report.WorkerName, ct);
        if (worker is null)
        {
            worker = new WorkerRecord
            {
                Name = report.WorkerName, Host = report.Host, ExecutionProvider = report.ExecutionProvider,
                ExecutionProviderDetails = report.ExecutionProviderDetails,
            };
            db.Workers.Add(worker);
        }
        else if (report.ReportedAt < worker.LastSeenAt)
        {
            return; // an older report overtaken by a newer one
        }

        worker.Host = report.Host;
        worker.ExecutionProvider = report.ExecutionProvider;
        worker.ExecutionProviderDetails = report.ExecutionProviderDetails;
        worker.ConcurrentJobs = report.ConcurrentJobs;
        worker.Models = [.. report.Models.Select(m => new WorkerModelRecord { ModelId = m.ModelId, Available = m.Available, Reason = m.Reason })];
        worker.RunningGenerations = [.. report.RunningGenerations];
        worker.ClipsPerMinute = report.ClipsPerMinute;
        worker.StartedAt = report.StartedAt;
        worker.LastSeenAt = report.ReportedAt;
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<WorkerRecord>> ListAsync(CancellationToken ct) =>
        await db.Workers.AsNoTracking().OrderByDescending(w => w.LastSeenAt).ToListAsync(ct);

    public bool IsOnline(WorkerRecord worker) => worker.LastSeenAt >= OnlineSince;

    /// <summary>
    /// Why a job for this model should be refused now, or null to accept it. Refused only when workers are online
    /// and none of them can run it; with no worker online the job is accepted and waits for one.
    /// </summary>
    public async Task<string?> WhyModelIsRefusedAsync(string modelId, CancellationToken ct)
    {
        var online = await db.Workers.AsNoTracking().Where(w => w.LastSeenAt >= OnlineSince).ToListAsync(ct);
        if (online.Count == 0 || online.Any(w => w.Models.Any(m => m.ModelId == modelId && m.Available)))
            return null;

        var reasons = online.SelectMany(w => w.Models).Where(m => m.ModelId == modelId && m.Reason is not null).Select(m => m.Reason!).Distinct().ToList();
        return reasons.Count > 0
            ? $"No online worker can run '{modelId}': {string.Join(" ", reasons)}"
            : $"No online worker has '{modelId}' installed.";
    }

    private DateTimeOffset OnlineSince => clock.GetUtcNow().AddSeconds(-options.Value.OfflineAfterSeconds);
}
