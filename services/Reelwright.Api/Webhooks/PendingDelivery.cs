using Reelwright.Data.Activity;
using Reelwright.Data.Webhooks;

namespace Reelwright.Api.Webhooks;

/// <summary>A new delivery, due at once, with the body the sender will POST (and sign) on every attempt.</summary>
public static class PendingDelivery
{
    public static WebhookDelivery Create(Guid webhookId, string eventName, ActivityEntry entry, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        return new WebhookDelivery
        {
            Id = id,
            WebhookId = webhookId,
            ActivityId = entry.Id,
            Event = eventName,
            Payload = WebhookPayload.Serialize(id, eventName, occurredAt, entry),
            Status = WebhookDeliveryStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }
}
