using System.Text.Json;
using Reelwright.Api.Webhooks;
using Reelwright.Data.Activity;
using Reelwright.Data.Webhooks;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

public sealed class When_a_receiver_fails(WebhookStudio studio) : IClassFixture<WebhookStudio>
{
    [Fact]
    public async Task Failing_twice_it_gets_the_delivery_on_the_third_attempt()
    {
        var projectId = await studio.NewProjectAsync();
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var created = await studio.CreateWebhookAsync(projectId, receiver.Url);

        await studio.RecordActivityAsync(projectId, ActivityKind.ReviewRequested);

        var delivery = await studio.WaitUntilSettledAsync(projectId, created.Webhook.Id);
        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(3, delivery.Attempts);
        Assert.Equal(204, delivery.LastStatusCode);
        Assert.Equal("Attempt 2: HTTP 500 Internal Server Error", delivery.LastError);
        Assert.NotNull(delivery.DeliveredAt);

        var requests = receiver.Requests;
        Assert.Equal([500, 500, 204], requests.Select(r => r.AnsweredWith));
        Assert.All(requests, r => Assert.Equal(delivery.Id.ToString(), r.Headers[WebhookHeaders.Delivery]));
        Assert.All(requests, r => WebhookStudio.AssertSignedWith(created.Secret, r));
        using var body = JsonDocument.Parse(requests[0].Body);
        Assert.Equal(delivery.Id, body.RootElement.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Never_answering_2xx_the_delivery_ends_failed_after_the_schedule()
    {
        var projectId = await studio.NewProjectAsync();
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        var created = await studio.CreateWebhookAsync(projectId, receiver.Url);

        await studio.RecordActivityAsync(projectId, ActivityKind.Generated);

        var delivery = await studio.WaitUntilSettledAsync(projectId, created.Webhook.Id);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.Equal(WebhookStudio.MaxAttempts, delivery.Attempts);
        Assert.Equal(500, delivery.LastStatusCode);
        Assert.Equal($"Attempt {WebhookStudio.MaxAttempts}: HTTP 500 Internal Server Error", delivery.LastError);
        Assert.Null(delivery.DeliveredAt);
        Assert.Equal(WebhookStudio.MaxAttempts, receiver.Requests.Count);
    }

    [Fact]
    public async Task Nobody_listening_counts_as_a_failed_attempt_without_a_status_code()
    {
        var projectId = await studio.NewProjectAsync();
        Uri gone;
        await using (var receiver = await WebhookReceiver.StartAsync())
            gone = receiver.Url;
        var created = await studio.CreateWebhookAsync(projectId, gone);

        await studio.RecordActivityAsync(projectId, ActivityKind.Generated);

        var delivery = await studio.WaitUntilSettledAsync(projectId, created.Webhook.Id);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.Null(delivery.LastStatusCode);
        Assert.StartsWith($"Attempt {WebhookStudio.MaxAttempts}: ", delivery.LastError);
    }
}
