namespace Reelwright.Web.Studio;

/// <summary>A project's webhook as listed: never its secret. Events empty means it receives every kind of activity.</summary>
/// <param name="DisabledAt">Set once it is disabled; it gets no more deliveries, but its log stays.</param>
public sealed record WebhookView(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    public bool IsActive => DisabledAt is null;
}
