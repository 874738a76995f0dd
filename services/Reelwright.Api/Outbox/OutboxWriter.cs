using System.Text.Json;
using Reelwright.Data;
using Reelwright.Data.Outbox;

namespace Reelwright.Api.Outbox;

/// <summary>Adds a message to the unit of work, so it commits, or not, together with the state change that caused it.</summary>
public static class OutboxWriter
{
    public static void AddToOutbox<TMessage>(this StudioDbContext db, TMessage message, DateTimeOffset now)
        where TMessage : class
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            MessageType = OutboxMessageTypes.Of(typeof(TMessage)).Name,
            Payload = JsonSerializer.Serialize(message),
            CreatedAt = now,
        });
    }
}
