namespace Reelwright.Web.Studio;

/// <summary>
/// An entry of a webhook's delivery log. Event and Status are kept as the API's text ("Generated", "Ping"; "Pending",
/// "Delivered", "Failed") so that a value added to the API later shows in the log instead of failing to read it.
/// </summary>
/// <param name="LastStatusCode">What the receiver answered last time; null when it did not answer.</param>
/// <param name="LastError">The latest failed attempt, with its number; kept after a later success.</param>
/// <param name="NextAttemptAt">When it is tried next; null once Delivered or Failed.</param>
public sealed record WebhookDeliveryView(
    Guid Id, string Event, string Status, int Attempts, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, DateTimeOffset? NextAttemptAt);
