namespace Reelwright.Data.Webhooks;

/// <summary>
/// An HTTP endpoint told about a project's activity. The secret signs every delivery (HMAC-SHA256); it is kept so the
/// studio can sign, and shown once, when the webhook is made.
/// </summary>
public sealed class Webhook
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public required string Url { get; set; }
    public required string Secret { get; init; }

    /// <summary>The activity kinds it receives, by name; empty means all.</summary>
    public List<string> Events { get; set; } = [];

    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DisabledAt { get; set; }
}
