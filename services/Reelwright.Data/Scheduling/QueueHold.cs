namespace Reelwright.Data.Scheduling;

/// <summary>
/// An administrator's pause: of the whole queue (no user) or of one user's jobs. While it lasts no such job is released
/// to the workers; jobs already released run on.
/// </summary>
public sealed class QueueHold
{
    public Guid Id { get; init; }
    public Guid? UserId { get; init; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
