using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace Reelwright.Api.Webhooks;

/// <summary>Makes one signed POST of a delivery and reports how the receiver answered; it writes nothing down.</summary>
public sealed class WebhookPoster(IHttpClientFactory clients, TimeProvider clock, IOptions<WebhookOptions> options)
{
    /// <summary>The named client: the timeout, and no redirects, so a receiver cannot bounce a delivery elsewhere.</summary>
    public const string HttpClientName = "webhooks";

    public async Task<WebhookAttemptResult> PostAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(delivery.Payload)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookHeaders.Event, delivery.Event);
        request.Headers.Add(WebhookHeaders.Delivery, delivery.Id.ToString());
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(delivery.Secret, timestamp, delivery.Payload));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stoppingToken);
            return WebhookAttemptResult.Answered((int)response.StatusCode, response.ReasonPhrase);
        }
        catch (TaskCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return WebhookAttemptResult.NoAnswer($"No answer within {options.Value.TimeoutSeconds} s.");
        }
        catch (HttpRequestException ex)
        {
            return WebhookAttemptResult.NoAnswer(ex.Message);
        }
    }
}
