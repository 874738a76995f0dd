using Reelwright.Data.Webhooks;

namespace Reelwright.Api.Webhooks;

/// <param name="Events">The activity kinds it receives; empty for all.</param>
/// <param name="DisabledAt">Set once it is deleted; a disabled webhook gets no more deliveries, but its log stays.</param>
public sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public static WebhookResponse From(Webhook w) => new(w.Id, w.Url, w.Events, w.CreatedAt, w.DisabledAt);
}

/// <param name="Secret">Signs every delivery (see docs/webhooks.md); shown only in this response.</param>
public sealed record CreatedWebhookResponse(WebhookResponse Webhook, string Secret);

/// <param name="Event">An activity kind's name, or Ping for a test delivery.</param>
/// <param name="LastStatusCode">What the receiver answered last time; null when it did not answer.</param>
/// <param name="LastError">The latest failed attempt, with its number; kept after a later success.</param>
/// <param name="NextAttemptAt">When it is tried next; null once Delivered or Failed.</param>
public sealed record WebhookDeliveryResponse(
    Guid Id, string Event, WebhookDeliveryStatus Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt)
{
    public static WebhookDeliveryResponse From(WebhookDelivery d) => new(
        d.Id, d.Event, d.Status, d.Attempts, d.LastStatusCode, d.LastError, d.CreatedAt, d.DeliveredAt,
        d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null);
}
