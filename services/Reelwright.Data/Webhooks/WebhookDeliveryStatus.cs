namespace Reelwright.Data.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Not yet delivered; tried again at NextAttemptAt.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; no more are made.</summary>
    Failed,
}
