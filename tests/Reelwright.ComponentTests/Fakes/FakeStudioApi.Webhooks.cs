using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The webhook calls of the fake API: webhooks and their delivery logs by project, kept in memory, every change recorded.</summary>
public sealed partial class FakeStudioApi
{
    /// <summary>Webhooks by project, newest first, as the API lists them.</summary>
    public Dictionary<Guid, List<WebhookView>> Webhooks { get; } = [];

    /// <summary>Delivery logs by webhook, newest first.</summary>
    public Dictionary<Guid, List<WebhookDeliveryView>> WebhookDeliveries { get; } = [];

    public List<(Guid ProjectId, string Url, IReadOnlyList<string> Events)> CreatedWebhooks { get; } = [];

    public List<(Guid ProjectId, Guid WebhookId)> DisabledWebhooks { get; } = [];

    public List<(Guid ProjectId, Guid WebhookId)> TestedWebhooks { get; } = [];

    public List<(Guid ProjectId, Guid WebhookId)> DeliveryLogRequests { get; } = [];

    public int WebhookListRequests { get; private set; }

    /// <summary>The signing secret the next created webhook gets.</summary>
    public string NextWebhookSecret { get; set; } = "whsec_0123456789abcdef";

    public Task<IReadOnlyList<WebhookView>> GetWebhooksAsync(Guid projectId, CancellationToken ct = default)
    {
        WebhookListRequests++;
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<WebhookView>>([.. WebhooksOf(projectId)]);
    }

    public Task<CreatedWebhookView> CreateWebhookAsync(Guid projectId, string url, IReadOnlyList<string> events, CancellationToken ct = default)
    {
        CreatedWebhooks.Add((projectId, url, events));
        ThrowIfUnreachable();
        var webhook = new WebhookView(Guid.NewGuid(), url, events, Sample.Noon.AddMinutes(WebhooksOf(projectId).Count + 1), DisabledAt: null);
        WebhooksOf(projectId).Insert(0, webhook);
        return Task.FromResult(new CreatedWebhookView(webhook, NextWebhookSecret));
    }

    public Task DisableWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default)
    {
        DisabledWebhooks.Add((projectId, webhookId));
        ThrowIfUnreachable();
        var webhooks = WebhooksOf(projectId);
        var index = webhooks.FindIndex(w => w.Id == webhookId);
        webhooks[index] = webhooks[index] with { DisabledAt = webhooks[index].DisabledAt ?? Sample.Noon.AddHours(1) };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WebhookDeliveryView>> GetWebhookDeliveriesAsync(Guid projectId, Guid webhookId, int limit = 50, CancellationToken ct = default)
    {
        DeliveryLogRequests.Add((projectId, webhookId));
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<WebhookDeliveryView>>([.. DeliveriesOf(webhookId).Take(limit)]);
    }

    public Task<WebhookDeliveryView> TestWebhookAsync(Guid projectId, Guid webhookId, CancellationToken ct = default)
    {
        TestedWebhooks.Add((projectId, webhookId));
        ThrowIfUnreachable();
        var ping = new WebhookDeliveryView(Guid.NewGuid(), "Ping", "Pending", 0, null, null, Sample.Noon.AddHours(2), null, Sample.Noon.AddHours(2));
        DeliveriesOf(webhookId).Insert(0, ping);
        return Task.FromResult(ping);
    }

    private List<WebhookView> WebhooksOf(Guid projectId) =>
        Webhooks.TryGetValue(projectId, out var webhooks) ? webhooks : Webhooks[projectId] = [];

    private List<WebhookDeliveryView> DeliveriesOf(Guid webhookId) =>
        WebhookDeliveries.TryGetValue(webhookId, out var deliveries) ? deliveries : WebhookDeliveries[webhookId] = [];
}
