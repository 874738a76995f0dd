using Reelwright.Data.Generations;

namespace Reelwright.Api.Generations;

/// <summary>A generation as clients see it: recipe, live status, and once done the clip and its reproducibility record.</summary>
public sealed record GenerationResponse(
    Guid Id,
    GenerationStatus Status,
    string ModelId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Steps,
    double Guidance,
    string? Scheduler,
    int? Keyframes,
    int? FramesBetween,
    string? EndPrompt,
    int CurrentStep,
    int TotalSteps,
    string? FailureReason,
    string? WorkerName,
    string? ExecutionProvider,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    ClipResponse? Clip)
{
    public static GenerationResponse From(Generation g) => new(
        g.Id, g.Status, g.ModelId, g.Prompt, g.NegativePrompt, g.Seed, g.Steps, g.Guidance, g.Scheduler, g.Keyframes, g.FramesBetween, g.EndPrompt, g.CurrentStep, g.TotalSteps,
        g.FailureReason, g.WorkerName, g.ExecutionProvider, g.CreatedAt, g.StartedAt, g.CompletedAt,
        g.Clip is null ? null : ClipResponse.From(g.Clip));
}
