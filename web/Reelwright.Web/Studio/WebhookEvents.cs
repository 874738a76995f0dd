namespace Reelwright.Web.Studio;

/// <summary>The kinds of project activity a webhook can subscribe to; subscribing to none means all of them.</summary>
public static class WebhookEvents
{
    public static IReadOnlyList<string> Subscribable { get; } = ["Generated", "Commented", "ReviewRequested", "Decided", "Labelled"];
}
