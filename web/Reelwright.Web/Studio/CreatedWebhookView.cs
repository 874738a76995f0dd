namespace Reelwright.Web.Studio;

/// <summary>A new webhook: the API returns the secret that signs its deliveries this once and never again.</summary>
public sealed record CreatedWebhookView(WebhookView Webhook, string Secret);
