using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Webhooks;
using Reelwright.Data.Activity;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

public sealed class When_several_api_instances_send(WebhookStudio studio) : IClassFixture<WebhookStudio>
{
    [Fact]
    public async Task Each_delivery_is_sent_once()
    {
        const int events = 30;
        await using var second = studio.NewApiInstance();
        _ = second.Services.GetRequiredService<WebhookSender>(); // starts the instance and its sender
        var projectId = await studio.NewProjectAsync();
        // A slow receiver keeps batches in flight while the other instance claims the next ones.
        await using var receiver = await WebhookReceiver.StartAsync(answerAfterMs: 200);
        await studio.CreateWebhookAsync(projectId, receiver.Url);

        for (var i = 0; i < events; i++)
            await studio.RecordActivityAsync(projectId, ActivityKind.Generated);

        var requests = await receiver.WaitForRequestsAsync(events, timeoutSeconds: 30);
        await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken); // room for a duplicate to show up
        Assert.Equal(events, receiver.Requests.Count);
        Assert.Equal(events, requests.Select(r => r.Headers[WebhookHeaders.Delivery]).Distinct().Count());
    }
}
