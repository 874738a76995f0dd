namespace Reelwright.Data.Outbox;

/// <summary>
/// A message written in the same transaction as the state change that caused it; the relay publishes it later,
/// so a crash between commit and publish delays the message instead of losing it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }

    /// <summary>Becomes the bus MessageId, so a message published twice (crash after publish, before marking) is recognisable.</summary>
    public Guid MessageId { get; init; }

    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
