namespace Reelwright.Api.Webhooks;

/// <param name="Url">Absolute http:// or https://, at most 2000 characters, no user name or password.</param>
/// <param name="Events">Activity kinds to receive (Generated, Commented, ReviewRequested, Decided, Labelled); empty or omitted for all.</param>
public sealed record CreateWebhookRequest(string? Url, List<string?>? Events);
