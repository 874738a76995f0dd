namespace Reelwright.Data.Activity;

/// <summary>
/// One line of a project's activity feed, written in the same transaction as what it reports. Webhook deliveries are
/// made from it in that transaction too, so a feed entry and its deliveries exist together or not at all.
/// </summary>
public sealed class ActivityEntry
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public Guid? ActorId { get; init; }
    public ActivityKind Kind { get; init; }
    public Guid? GenerationId { get; init; }
    public Guid? SubjectId { get; init; }
    public required string Summary { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
