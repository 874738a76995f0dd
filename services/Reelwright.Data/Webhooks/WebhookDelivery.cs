namespace Reelwright.Data.Webhooks;

/// <summary>One event for one webhook, and every attempt to deliver it: the delivery log a project's owner reads.</summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; init; }
    public Guid WebhookId { get; init; }
    public Guid ActivityId { get; init; }
    public required string Event { get; init; }
    public required string Payload { get; init; }
    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; set; }
}
