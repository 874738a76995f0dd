using Reelwright.Data.Activity;

namespace Reelwright.Api.Webhooks;

/// <summary>
/// The events a webhook may subscribe to are the activity kinds, by name. <see cref="Ping"/> is not one of them: it is
/// sent only when an owner asks for a test delivery, whatever the webhook subscribes to.
/// </summary>
public static class WebhookEvents
{
    public const string Ping = "Ping";

    public static IReadOnlyList<string> Subscribable { get; } = Enum.GetNames<ActivityKind>();

    /// <summary>
    /// The requested names spelled as <see cref="ActivityKind"/> spells them (case aside), each once; false with the
    /// names that are no activity kind.
    /// </summary>
    public static bool TryNormalise(IReadOnlyList<string?>? requested, out List<string> events, out List<string?> unknown)
    {
        events = [];
        unknown = [];
        foreach (var name in requested ?? [])
        {
            var known = Subscribable.FirstOrDefault(k => string.Equals(k, name?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (known is null)
                unknown.Add(name);
            else if (!events.Contains(known))
                events.Add(known);
        }
        return unknown.Count == 0;
    }
}
