using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Generations;

namespace Reelwright.Api.Scheduling;

/// <summary>
/// The queue as people see it: waiting jobs in release order with their place and an estimated wait. The estimate
/// assumes the model's workers take jobs in that order at the pace of its recent clips.
/// </summary>
public sealed class QueueReader(StudioDbContext db, WaitingJobs waiting, FleetCapacity fleet)
{
    private const int RecentClips = 20;

    /// <param name="onlyAuthor">Limits the answer to this person's jobs (their places still count everyone's).</param>
    public async Task<QueueResponse> ReadAsync(Guid? onlyAuthor, CancellationToken ct)
    {
        var jobs = await waiting.InOrderAsync(includeHeld: true, ct);
        var holds = await db.QueueHolds.AsNoTracking().ToListAsync(ct);
        var paused = holds.Any(h => h.UserId is null);
        var pausedUsers = holds.Where(h => h.UserId is not null).Select(h => h.UserId!.Value).ToHashSet();
        var slots = await fleet.SlotsByModelAsync(ct);
        var pace = await SecondsPerClipAsync(jobs.Select(j => j.ModelId).Distinct().ToList(), ct);
        var inFlight = await fleet.InFlightByModelAsync(ct);

        var shown = onlyAuthor is { } author ? jobs.Where(j => j.AuthorId == author).Select(j => j.Id).ToHashSet() : jobs.Select(j => j.Id).ToHashSet();
        var details = await db.Generations.AsNoTracking().Where(g => shown.Contains(g.Id))
            .Select(g => new { g.Id, g.Prompt, Author = g.Author == null ? null : g.Author.DisplayName })
            .ToDictionaryAsync(g => g.Id, ct);

        var perModel = new Dictionary<string, int>(StringComparer.Ordinal);
        var answer = new List<QueuedJobResponse>();
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            var forModel = perModel[job.ModelId] = perModel.GetValueOrDefault(job.ModelId) + 1;
            if (!shown.Contains(job.Id))
                continue;
            var held = paused || (job.AuthorId is { } id && pausedUsers.Contains(id));
            answer.Add(new QueuedJobResponse(job.Id, job.AuthorId, details[job.Id].Author, job.ModelId, details[job.Id].Prompt, job.Priority.ToString(),
                i + 1, forModel, held ? null : Eta(slots.GetValueOrDefault(job.ModelId), inFlight.GetValueOrDefault(job.ModelId), forModel, pace.GetValueOrDefault(job.ModelId)),
                held, job.MovedToFrontAt is not null, job.CreatedAt));
        }

        return new QueueResponse(paused, onlyAuthor is null ? [.. pausedUsers] : [], answer);
    }

    // The jobs ahead (running or released, then waiting) go through the slots in rounds of one clip each.
    private static int? Eta(int slots, int inFlight, int positionForModel, double secondsPerClip) =>
        slots == 0 ? null : (int)Math.Ceiling(Math.Ceiling((double)(inFlight + positionForModel) / slots) * secondsPerClip);

    private async Task<Dictionary<string, double>> SecondsPerClipAsync(List<string> models, CancellationToken ct)
    {
        var pace = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            var durations = await db.Generations.AsNoTracking()
                .Where(g => g.ModelId == model && g.Status == GenerationStatus.Succeeded && g.StartedAt != null && g.CompletedAt != null)
                .OrderByDescending(g => g.CompletedAt).Take(RecentClips)
                .Select(g => new { g.StartedAt, g.CompletedAt }).ToListAsync(ct);
            // No history yet: guess a minute rather than promise an instant.
            pace[model] = durations.Count == 0 ? 60 : durations.Average(d => (d.CompletedAt!.Value - d.StartedAt!.Value).TotalSeconds);
        }
        return pace;
    }
}
