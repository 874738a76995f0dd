using System.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace Reelwright.Web.Studio;

/// <summary>
/// Keeps retrying the generations hub with a capped back-off while the API is away, but gives up once it refuses the
/// user's token: an expired or revoked session will not become valid by asking again.
/// </summary>
public sealed class GenerationHubRetryPolicy : IRetryPolicy
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public TimeSpan? NextRetryDelay(RetryContext context)
    {
        if (context.RetryReason is HttpRequestException { StatusCode: HttpStatusCode.Unauthorized })
            return null;
        var delayMs = 250 * Math.Pow(2, Math.Min(context.PreviousRetryCount, 5));
        return TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, delayMs));
    }
}
