namespace Reelwright.Api.Webhooks;

/// <summary>What every delivery carries besides its JSON body; docs/webhooks.md tells receivers how to use them.</summary>
public static class WebhookHeaders
{
    public const string Event = "X-Reelwright-Event";

    /// <summary>The delivery's id: the same on every retry, so a receiver can recognise one it already handled.</summary>
    public const string Delivery = "X-Reelwright-Delivery";

    /// <summary>Unix seconds when this attempt was signed; receivers reject old ones to stop replays.</summary>
    public const string Timestamp = "X-Reelwright-Timestamp";

    public const string Signature = "X-Reelwright-Signature";
}
