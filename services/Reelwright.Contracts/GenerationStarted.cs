namespace Reelwright.Contracts;

/// <summary>A worker has taken the job and loaded its inputs; sampling begins.</summary>
public sealed record GenerationStarted(
    Guid GenerationId,
    string WorkerName,
    string ExecutionProvider,
    int TotalSteps,
    DateTimeOffset StartedAt);
