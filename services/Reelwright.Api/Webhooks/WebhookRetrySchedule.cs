using Reelwright.Data.Webhooks;

namespace Reelwright.Api.Webhooks;

/// <summary>
/// When a failed delivery is tried again: after attempt n fails, the n-th delay; after the last delay's attempt fails,
/// never (the delivery is Failed).
/// </summary>
public sealed class WebhookRetrySchedule(IReadOnlyList<int> delaysSeconds)
{
    public int MaxAttempts => delaysSeconds.Count + 1;

    /// <summary>The wait before the next attempt, or null when <paramref name="attempt"/> (1 for the first) was the last.</summary>
    public TimeSpan? DelayAfterFailed(int attempt) =>
        attempt <= delaysSeconds.Count ? TimeSpan.FromSeconds(delaysSeconds[attempt - 1]) : null;

    /// <summary>
    /// Writes an attempt into the delivery's log. A failure's description stays after a later success, so the log still
    /// says what went wrong before. Only a failure with attempts left keeps the delivery Pending, and it never makes
    /// Pending again one that was Failed meanwhile (its webhook disabled).
    /// </summary>
    public void Record(WebhookDelivery delivery, WebhookAttemptResult result, DateTimeOffset now)
    {
        delivery.Attempts++;
        delivery.LastStatusCode = result.StatusCode;
        if (result.Succeeded)
        {
            delivery.Status = WebhookDeliveryStatus.Delivered;
            delivery.DeliveredAt = now;
            return;
        }

        delivery.LastError = Truncated($"Attempt {delivery.Attempts}: {result.Error}");
        if (DelayAfterFailed(delivery.Attempts) is { } delay)
            delivery.NextAttemptAt = now + delay;
        else
            delivery.Status = WebhookDeliveryStatus.Failed;
    }

    private static string Truncated(string error) => error.Length > 2000 ? error[..2000] : error;
}
