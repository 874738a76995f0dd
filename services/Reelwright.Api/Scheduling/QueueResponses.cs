namespace Reelwright.Api.Scheduling;

/// <param name="Position">1-based place in the whole queue, in the order jobs will be released.</param>
/// <param name="PositionForModel">1-based place among the jobs waiting for the same model (what decides the wait).</param>
/// <param name="EtaSeconds">Estimated wait until it starts, from the model's recent clip times and its workers; null when no online worker runs the model.</param>
/// <param name="Held">An administrator paused it (or the whole queue).</param>
public sealed record QueuedJobResponse(
    Guid GenerationId, Guid? AuthorId, string? AuthorName, string ModelId, string Prompt, string Priority,
    int Position, int PositionForModel, int? EtaSeconds, bool Held, bool MovedToFront, DateTimeOffset CreatedAt);

/// <param name="Paused">The whole queue is paused.</param>
/// <param name="PausedUsers">People whose jobs are paused (administrators' view only).</param>
public sealed record QueueResponse(bool Paused, IReadOnlyList<Guid> PausedUsers, IReadOnlyList<QueuedJobResponse> Jobs);

/// <param name="UserId">Whose jobs; omit for the whole queue.</param>
public sealed record QueueHoldRequest(Guid? UserId);

/// <param name="Weight">From 0.1 to 100; a team of weight 2 gets twice the clips of a team of weight 1 while both wait.</param>
public sealed record SchedulingWeightRequest(double? Weight)
{
    public const double Min = 0.1;
    public const double Max = 100;
}
