using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reelwright.Api.Scheduling;
using Reelwright.Api.Shots;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Projects;
using Reelwright.Data.Sweeps;
using Reelwright.Models;

namespace Reelwright.Api.Generations;

/// <summary>
/// Accepts a validated recipe: the generation is stored Queued and waits in the database until the dispatcher
/// releases it to a worker (<see cref="JobDispatcher"/>), so a job is either fully accepted or not stored at all.
/// </summary>
public sealed class GenerationSubmitter(StudioDbContext db, ModelCatalog models, DispatchSignal dispatcher, TimeProvider clock)
{
    /// <param name="visibility">Already parsed from the request.</param>
    /// <param name="parent">The version this one is made from (already checked to be in <paramref name="project"/>); it then joins its shot.</param>
    /// <param name="rerunOf">The clip this one re-runs with the same recipe, to verify its frames.</param>
    public async Task<SubmissionOutcome> SubmitAsync(
        SubmitGenerationRequest request, Project project, Guid authorId, Visibility visibility, Generation? parent, string? idempotencyKey, CancellationToken ct,
        Guid? rerunOf = null)
    {
        var fingerprint = RequestFingerprint.Of(request);
        if (idempotencyKey is not null && await FindByKeyAsync(authorId, idempotencyKey, ct) is { } earlier)
            return Replay(earlier, fingerprint);

        var generation = NewGeneration(request, project, authorId, visibility, parent, idempotencyKey, fingerprint, rerunOf: rerunOf);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                if (parent is not null)
                    await ShotVersions.PlaceAfterAsync(db, generation, parent, authorId, generation.CreatedAt, token);
                db.Generations.Add(generation);
                await db.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
            }, ct);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request with the same key won the race: answer with its generation.
            db.ChangeTracker.Clear();
            var winner = await FindByKeyAsync(authorId, idempotencyKey, ct) ?? throw new InvalidOperationException("Idempotency key vanished after a conflict.", e);
            return Replay(winner, fingerprint);
        }

        dispatcher.Notify();
        await db.Entry(generation).Reference(g => g.Author).LoadAsync(ct);
        return new SubmissionOutcome.Created(generation);
    }

    private Task<Generation?> FindByKeyAsync(Guid authorId, string key, CancellationToken ct) =>
        db.Generations.AsNoTracking().Include(g => g.Clip).Include(g => g.Author).SingleOrDefaultAsync(g => g.AuthorId == authorId && g.IdempotencyKey == key, ct);

    private static SubmissionOutcome Replay(Generation earlier, string fingerprint) =>
        earlier.RequestFingerprint == fingerprint
            ? new SubmissionOutcome.AlreadySubmitted(earlier)
            : new SubmissionOutcome.KeyReusedWithDifferentRequest(earlier);

    /// <summary>
    /// Accepts a sweep's cells (already validated) in one transaction: all of them wait in the batch class, or none
    /// is stored.
    /// </summary>
    public async Task<IReadOnlyList<Generation>> SubmitSweepAsync(
        Sweep sweep, IReadOnlyList<(SubmitGenerationRequest Request, string Values)> cells, Project project, Visibility visibility, CancellationToken ct)
    {
        var generations = cells.Select(cell =>
            NewGeneration(cell.Request, project, sweep.AuthorId, visibility, parent: null, idempotencyKey: null, RequestFingerprint.Of(cell.Request), (sweep.Id, cell.Values))).ToList();
        db.Sweeps.Add(sweep);
        db.Generations.AddRange(generations);
        await db.SaveChangesAsync(ct);
        dispatcher.Notify();
        return generations;
    }

    private Generation NewGeneration(
        SubmitGenerationRequest request, Project project, Guid authorId, Visibility visibility, Generation? parent, string? idempotencyKey, string fingerprint,
        (Guid Id, string Values)? sweepCell = null, Guid? rerunOf = null)
    {
        var modelId = GenerationRequestValidator.ModelIdOf(request);
        var model = models.TryGet(modelId, out var found) ? found : throw new InvalidOperationException($"Model {modelId} was validated but is gone.");
        var steps = request.Steps ?? model.Defaults.Steps;
        var walk = model.IsStableDiffusion
            ? new LatentWalk(request.Keyframes ?? model.Defaults.Keyframes!.Value, request.FramesBetween ?? model.Defaults.FramesBetween!.Value, NullIfBlank(request.EndPrompt))
            : null;
        return new Generation
        {
            Id = Guid.CreateVersion7(),
            ProjectId = project.Id,
            TeamId = project.TeamId,
            AuthorId = authorId,
            Visibility = visibility,
            ParentGenerationId = parent?.Id,
            Priority = sweepCell is null ? JobPriority.Interactive : JobPriority.Batch,
            SweepId = sweepCell?.Id,
            SweepValues = sweepCell?.Values,
            PromptId = request.PromptId,
            PromptVersion = request.PromptVersion,
            RerunOfId = rerunOf,
            RemixOfId = request.RemixOfId,
            IdempotencyKey = idempotencyKey,
            RequestFingerprint = fingerprint,
            ModelId = model.Id,
            Prompt = request.Prompt!.Trim(),
            NegativePrompt = request.NegativePrompt?.Trim() ?? "",
            Seed = request.Seed ?? Random.Shared.NextInt64(0, GenerationRequestValidator.MaxSeed + 1),
            Steps = steps,
            Guidance = request.Guidance ?? model.Defaults.Guidance,
            Scheduler = model.IsStableDiffusion ? request.Scheduler ?? model.Defaults.Scheduler : null,
            Keyframes = walk?.Keyframes,
            FramesBetween = walk?.FramesBetween,
            EndPrompt = walk?.EndPrompt,
            TotalSteps = steps * (walk?.FrameCount ?? 1),
            Status = GenerationStatus.Queued,
            CreatedAt = clock.GetUtcNow(),
        };
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
