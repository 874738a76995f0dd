namespace Reelwright.Web.Studio;

/// <summary>A job still waiting in the queue, as the Studio API places it.</summary>
/// <param name="Position">1-based place in the whole queue, in release order.</param>
/// <param name="PositionForModel">1-based place among the jobs waiting for the same model (what decides the wait).</param>
/// <param name="EtaSeconds">Estimated wait until it starts; null when no online worker runs the model, or the job is held.</param>
/// <param name="Held">An administrator paused it, its author's jobs, or the whole queue.</param>
/// <param name="MovedToFront">An administrator moved it ahead of every other job.</param>
public sealed record QueuedJobView(
    Guid GenerationId, Guid? AuthorId, string? AuthorName, string ModelId, string Prompt, string Priority,
    int Position, int PositionForModel, int? EtaSeconds, bool Held, bool MovedToFront, DateTimeOffset CreatedAt);
