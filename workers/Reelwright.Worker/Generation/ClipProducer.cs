using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Worker.Extensions;
using Reelwright.Worker.Media;
using Reelwright.Worker.Models;
using Reelwright.Worker.Storage;

namespace Reelwright.Worker.Generation;

/// <summary>
/// Makes one clip from a GenerateClip job: sample, encode, store, announce. Every ending is reported:
/// ClipGenerated on success, GenerationFailed with a reason a person can act on otherwise.
/// </summary>
public sealed class ClipProducer(
    LoadedModels models,
    JobCancellations cancellations,
    WorkerActivity activity,
    JobSlots slots,
    ClipEncoder encoder,
    ClipStore store,
    TimeProvider clock,
    IOptions<WorkerOptions> options,
    ILogger<ClipProducer> logger)
{
    public async Task ProduceAsync(GenerateClip job, IPublishEndpoint publisher, CancellationToken ct)
    {
        // A redelivered job whose clip is already stored is announced again, not sampled again: one clip per job.
        if (await store.FindCompletedAsync(job.GenerationId, ct) is { } stored)
        {
            logger.LogInformation("Generation {GenerationId} was already produced; announcing the stored clip", job.GenerationId);
            await publisher.Publish(stored, ct);
            return;
        }

        if (cancellations.IsCanceled(job.GenerationId))
        {
            logger.LogInformation("Generation {GenerationId} was canceled before it started; skipped", job.GenerationId);
            return;
        }

        if (!models.TryGet(job.ModelId, out var generator))
        {
            await FailAsync(publisher, job, models.WhyUnavailable(job.ModelId), ct);
            return;
        }

        var jobToken = cancellations.Begin(job.GenerationId, ct);
        var recipe = RecipeOf(job);
        try
        {
            using var slot = await slots.TakeAsync(jobToken);
            activity.Started(job.GenerationId);
            await publisher.Publish(new GenerationStarted(job.GenerationId, options.Value.Name, generator.ExecutionProvider, recipe.TotalSteps, clock.GetUtcNow()), ct);
            var clip = await ProduceClipAsync(job, recipe, generator, publisher, jobToken);
            await store.MarkCompletedAsync(clip, ct);
            await publisher.Publish(clip, ct);
            activity.Produced();
            logger.LogInformation("Generation {GenerationId} produced in {InferenceMs} ms sampling + {EncodeMs} ms encoding",
                job.GenerationId, clip.InferenceMs, clip.EncodeMs);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested && cancellations.IsCanceled(job.GenerationId))
        {
            await store.DiscardAsync(job.GenerationId, ct);
            logger.LogInformation("Generation {GenerationId} was canceled while running; partial output discarded", job.GenerationId);
        }
        catch (Exception e) when (e is ClipEncodingException or ClipStorageException or ArgumentException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            logger.LogError(e, "Generation {GenerationId} failed", job.GenerationId);
            await FailAsync(publisher, job, e.Message, ct);
        }
        finally
        {
            cancellations.End(job.GenerationId);
            activity.Ended(job.GenerationId);
        }
    }

    /// <param name="ct">Canceled when the job is canceled or the worker stops.</param>
    private async Task<ClipGenerated> ProduceClipAsync(GenerateClip job, ClipRecipe recipe, IClipGenerator generator, IPublishEndpoint publisher, CancellationToken ct)
    {
        GeneratedClip frames;
        await using (var progress = new ProgressPublisher(job.GenerationId, publisher, clock, ct))
            frames = await generator.GenerateAsync(recipe, progress, ct);

        var encoding = Stopwatch.StartNew();
        var encoded = await encoder.EncodeAsync(frames.Clip, ct);
        var media = await store.UploadAsync(job.GenerationId, encoded, ct);
        encoding.Stop();

        var record = new ReproducibilityRecord(
            job.ModelId, generator.ModelSha256, generator.OnnxRuntimeVersion, generator.ExecutionProvider, frames.Sampler,
            job.Steps, job.Guidance, job.Seed, job.Prompt, job.NegativePrompt, job.Keyframes, job.FramesBetween, job.EndPrompt);
        var rgb = frames.Clip;
        return new ClipGenerated(job.GenerationId, media, record, rgb.DurationSeconds, rgb.FrameCount, rgb.Fps,
            rgb.Width, rgb.Height, frames.FramesSha256, frames.InferenceMs, encoding.ElapsedMilliseconds, clock.GetUtcNow());
    }

    private static ClipRecipe RecipeOf(GenerateClip job) =>
        new(job.Prompt, job.NegativePrompt, job.Seed, job.Steps, job.Guidance, job.Scheduler,
            job.Keyframes is { } keyframes ? new LatentWalk(keyframes, job.FramesBetween ?? 0, job.EndPrompt) : null);

    private Task FailAsync(IPublishEndpoint publisher, GenerateClip job, string reason, CancellationToken ct) =>
        publisher.Publish(new GenerationFailed(job.GenerationId, reason, clock.GetUtcNow()), ct);
}
