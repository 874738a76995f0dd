using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reelwright.Contracts;
using Reelwright.Data;
using Reelwright.Data.Activity;
using Reelwright.Data.Generations;
using Reelwright.Api.Activity;
using Reelwright.Api.Scheduling;
using Reelwright.Api.Webhooks;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Applies worker events to a generation. Events can arrive twice or out of order (redelivery, separate queues),
/// so every update is a conditional UPDATE that only moves a job forward, never back.
/// </summary>
public sealed class GenerationStatusRecorder(
    StudioDbContext db, GenerationUpdateNotifier notifier, GenerationLocks locks, ActivityRecorder activity, DispatchSignal dispatcher)
{
    internal static readonly GenerationStatus[] Unfinished = [GenerationStatus.Queued, GenerationStatus.Running];

    public async Task RecordStartedAsync(GenerationStarted e, CancellationToken ct)
    {
        using var serialised = await locks.AcquireAsync(e.GenerationId, ct);
        var changed = await db.Generations
            .Where(g => g.Id == e.GenerationId && Unfinished.Contains(g.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Status, GenerationStatus.Running)
                .SetProperty(g => g.StartedAt, e.StartedAt)
                .SetProperty(g => g.WorkerName, e.WorkerName)
                .SetProperty(g => g.ExecutionProvider, e.ExecutionProvider), ct);
        await NotifyIfChangedAsync(e.GenerationId, changed, ct);
    }

    public async Task RecordProgressAsync(GenerationProgressed e, CancellationToken ct)
    {
        using var serialised = await locks.AcquireAsync(e.GenerationId, ct);
        var changed = await db.Generations
            .Where(g => g.Id == e.GenerationId && Unfinished.Contains(g.Status) && g.CurrentStep < e.Step)
            .ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Status, GenerationStatus.Running)
                .SetProperty(g => g.CurrentStep, e.Step), ct);
        await NotifyIfChangedAsync(e.GenerationId, changed, ct);
    }

    public async Task RecordClipAsync(ClipGenerated e, CancellationToken ct)
    {
        using var serialised = await locks.AcquireAsync(e.GenerationId, ct);
        var strategy = db.Database.CreateExecutionStrategy();
        var changed = await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            // Canceled while the worker was finishing: the person no longer wants it, so it is not recorded.
            if (await db.Generations.AnyAsync(g => g.Id == e.GenerationId && g.Status == GenerationStatus.Canceled, token))
                return 0;
            if (!await db.Clips.AnyAsync(c => c.GenerationId == e.GenerationId, token))
                db.Clips.Add(ToClip(e));
            try
            {
                await db.SaveChangesAsync(token);
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return 0; // the same ClipGenerated was recorded concurrently: one clip, as intended
            }

            // A clip in the store outranks an earlier failure report (e.g. a redelivery that succeeded).
            var updated = await db.Generations
                .Where(g => g.Id == e.GenerationId && g.Status != GenerationStatus.Succeeded && g.Status != GenerationStatus.Canceled)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(g => g.Status, GenerationStatus.Succeeded)
                    .SetProperty(g => g.CurrentStep, g => g.TotalSteps)
                    .SetProperty(g => g.FailureReason, (string?)null)
                    .SetProperty(g => g.ExecutionProvider, e.Recipe.ExecutionProvider)
                    .SetProperty(g => g.CompletedAt, e.CompletedAt), token);
            if (updated > 0)
            {
                var generation = await db.Generations.AsNoTracking().SingleAsync(g => g.Id == e.GenerationId, token);
                await activity.RecordAsync(ActivityEntries.About(generation, generation.AuthorId, ActivityKind.Generated, null,
                    $"A clip of {ActivityEntries.Describe(generation)} is ready", e.CompletedAt), token);
                await db.SaveChangesAsync(token);
            }
            await transaction.CommitAsync(token);
            return updated;
        }, ct);
        // A finished job frees its worker's slot for the next one.
        dispatcher.Notify();
        await NotifyIfChangedAsync(e.GenerationId, changed, ct);
    }

    public async Task RecordFailureAsync(Guid generationId, string reason, DateTimeOffset failedAt, CancellationToken ct)
    {
        using var serialised = await locks.AcquireAsync(generationId, ct);
        var changed = await db.Generations
            .Where(g => g.Id == generationId && Unfinished.Contains(g.Status))
            .ExecuteUpdateAsync(set => set
                .SetProperty(g => g.Status, GenerationStatus.Failed)
                .SetProperty(g => g.FailureReason, reason.Length > 2000 ? reason[..2000] : reason)
                .SetProperty(g => g.CompletedAt, failedAt), ct);
        dispatcher.Notify();
        await NotifyIfChangedAsync(generationId, changed, ct);
    }

    internal async Task NotifyIfChangedAsync(Guid generationId, int changedRows, CancellationToken ct)
    {
        if (changedRows == 0)
            return;
        var generation = await db.Generations.AsNoTracking().Include(g => g.Clip).Include(g => g.Author).SingleAsync(g => g.Id == generationId, ct);
        await notifier.PublishAsync(generation, ct);
    }

    private static Clip ToClip(ClipGenerated e) => new()
    {
        GenerationId = e.GenerationId,
        Container = e.Media.Container,
        VideoBlob = e.Media.VideoBlob,
        VideoBytes = e.Media.VideoBytes,
        VideoSha256 = e.Media.VideoSha256,
        PosterBlob = e.Media.PosterBlob,
        PosterBytes = e.Media.PosterBytes,
        PreviewBlob = e.Media.PreviewBlob,
        PreviewBytes = e.Media.PreviewBytes,
        DurationSeconds = e.DurationSeconds,
        FrameCount = e.FrameCount,
        Fps = e.Fps,
        Width = e.Width,
        Height = e.Height,
        FramesSha256 = e.FramesSha256,
        ModelSha256 = e.Recipe.ModelSha256,
        OnnxRuntimeVersion = e.Recipe.OnnxRuntimeVersion,
        ExecutionProvider = e.Recipe.ExecutionProvider,
        Sampler = e.Recipe.Sampler,
        InferenceMs = e.InferenceMs,
        EncodeMs = e.EncodeMs,
        CreatedAt = e.CompletedAt,
    };
}
