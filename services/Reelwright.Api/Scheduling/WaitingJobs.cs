using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

/// <summary>The jobs waiting in the database in the order the fair queue would release them, and the holds on them.</summary>
public sealed class WaitingJobs(StudioDbContext db, TimeProvider clock, IOptions<DispatcherOptions> options)
{
    /// <param name="includeHeld">True for the queue view (held jobs keep their place); false for releasing.</param>
    public async Task<List<QueuedJob>> InOrderAsync(bool includeHeld, CancellationToken ct)
    {
        var waiting = db.Generations.AsNoTracking().Where(g => g.Status == GenerationStatus.Queued && g.DispatchedAt == null);
        if (!includeHeld)
        {
            if (await db.QueueHolds.AnyAsync(h => h.UserId == null, ct))
                return [];
            waiting = waiting.Where(g => !db.QueueHolds.Any(h => h.UserId == g.AuthorId));
        }

        var jobs = await waiting
            .Select(g => new QueuedJob(g.Id, g.AuthorId, g.TeamId, g.ModelId, g.Priority, g.MovedToFrontAt, g.CreatedAt))
            .ToListAsync(ct);
        if (jobs.Count == 0)
            return jobs;

        var since = clock.GetUtcNow().AddMinutes(-options.Value.FairnessWindowMinutes);
        var recent = db.Generations.Where(g => g.DispatchedAt >= since);
        var byUser = await recent.Where(g => g.AuthorId != null).GroupBy(g => g.AuthorId!.Value)
            .Select(group => new { group.Key, Count = group.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var byTeam = await recent.GroupBy(g => g.TeamId)
            .Select(group => new { group.Key, Count = group.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var teamIds = jobs.Select(j => j.TeamId).Distinct().ToList();
        var weights = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.SchedulingWeight, ct);
        return [.. FairQueue.Order(jobs, byUser, byTeam, team => Math.Max(weights.GetValueOrDefault(team, 1), 0.01))];
    }
}
