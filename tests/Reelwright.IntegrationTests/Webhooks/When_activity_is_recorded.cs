using System.Net;
using System.Text.Json;
using Reelwright.Api.Webhooks;
using Reelwright.Data.Activity;
using Reelwright.Data.Webhooks;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

public sealed class When_activity_is_recorded(WebhookStudio studio) : IClassFixture<WebhookStudio>
{
    [Fact]
    public async Task The_receiver_gets_it_signed_with_the_secret_shown_at_creation()
    {
        var projectId = await studio.NewProjectAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var created = await studio.CreateWebhookAsync(projectId, receiver.Url);

        var entry = await studio.RecordActivityAsync(projectId, ActivityKind.Generated);

        var request = (await receiver.WaitForRequestsAsync(1)).Single();
        WebhookStudio.AssertSignedWith(created.Secret, request);
        Assert.Equal("application/json", request.Headers["Content-Type"]);
        Assert.Equal("Generated", request.Headers[WebhookHeaders.Event]);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal(request.Headers[WebhookHeaders.Delivery], root.GetProperty("id").GetString());
        Assert.Equal("Generated", root.GetProperty("event").GetString());
        Assert.Equal(projectId, root.GetProperty("project").GetProperty("id").GetGuid());
        var activity = root.GetProperty("activity");
        Assert.Equal(entry.Id, activity.GetProperty("id").GetGuid());
        Assert.Equal("Generated", activity.GetProperty("kind").GetString());
        Assert.Equal(studio.Account.UserId, activity.GetProperty("actorId").GetGuid());
        Assert.Equal(entry.SubjectId, activity.GetProperty("subjectId").GetGuid());
        Assert.Equal(entry.Summary, activity.GetProperty("summary").GetString());

        var delivery = await studio.WaitUntilSettledAsync(projectId, created.Webhook.Id);
        Assert.Equal((WebhookDeliveryStatus.Delivered, 1, 204), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
    }

    [Fact]
    public async Task A_webhook_subscribed_to_some_kinds_gets_only_those()
    {
        var projectId = await studio.NewProjectAsync();
        await using var everything = await WebhookReceiver.StartAsync();
        await using var commentsOnly = await WebhookReceiver.StartAsync();
        await studio.CreateWebhookAsync(projectId, everything.Url);
        var filtered = await studio.CreateWebhookAsync(projectId, commentsOnly.Url, "Commented");

        await studio.RecordActivityAsync(projectId, ActivityKind.Generated);
        await studio.RecordActivityAsync(projectId, ActivityKind.Commented);

        await everything.WaitForRequestsAsync(2);
        Assert.Equal(["Commented"], (await studio.DeliveriesAsync(projectId, filtered.Webhook.Id)).Select(d => d.Event));
        Assert.Equal("Commented", (await commentsOnly.WaitForRequestsAsync(1)).Single().Headers[WebhookHeaders.Event]);
    }

    [Fact]
    public async Task A_disabled_webhook_gets_nothing_more()
    {
        var projectId = await studio.NewProjectAsync();
        await using var disabledReceiver = await WebhookReceiver.StartAsync();
        await using var control = await WebhookReceiver.StartAsync();
        var disabled = await studio.CreateWebhookAsync(projectId, disabledReceiver.Url);
        await studio.CreateWebhookAsync(projectId, control.Url);
        await studio.RecordActivityAsync(projectId, ActivityKind.Generated);
        await disabledReceiver.WaitForRequestsAsync(1);

        using var response = await studio.Owner.DeleteAsync($"/api/projects/{projectId}/webhooks/{disabled.Webhook.Id}", TestContext.Current.CancellationToken);
        await studio.RecordActivityAsync(projectId, ActivityKind.Decided);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await control.WaitForRequestsAsync(2);
        Assert.Single(disabledReceiver.Requests);
        Assert.Single(await studio.DeliveriesAsync(projectId, disabled.Webhook.Id));
    }

    [Fact]
    public async Task Disabling_fails_the_deliveries_still_waiting_for_a_retry()
    {
        var projectId = await studio.NewProjectAsync();
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: int.MaxValue);
        var created = await studio.CreateWebhookAsync(projectId, receiver.Url);
        await studio.RecordActivityAsync(projectId, ActivityKind.Generated);
        await receiver.WaitForRequestsAsync(1);

        (await studio.Owner.DeleteAsync($"/api/projects/{projectId}/webhooks/{created.Webhook.Id}", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var delivery = await studio.WaitUntilSettledAsync(projectId, created.Webhook.Id);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.Equal(WebhookSender.WebhookDisabled, delivery.LastError);
        Assert.Null(delivery.NextAttemptAt);
    }

    [Fact]
    public async Task A_ping_carries_the_newest_activity_to_the_receiver()
    {
        var projectId = await studio.NewProjectAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var created = await studio.CreateWebhookAsync(projectId, receiver.Url, "Decided");
        var pingUrl = $"/api/projects/{projectId}/webhooks/{created.Webhook.Id}/test";
        using var tooEarly = await studio.Owner.PostAsync(pingUrl, null, TestContext.Current.CancellationToken);
        var newest = await studio.RecordActivityAsync(projectId, ActivityKind.Commented);

        using var ping = await studio.Owner.PostAsync(pingUrl, null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, ping.StatusCode);
        var request = (await receiver.WaitForRequestsAsync(1)).Single();
        WebhookStudio.AssertSignedWith(created.Secret, request);
        Assert.Equal(WebhookEvents.Ping, request.Headers[WebhookHeaders.Event]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(newest.Id, body.RootElement.GetProperty("activity").GetProperty("id").GetGuid());
    }
}
