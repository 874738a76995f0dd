using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Reelwright.Web.Components.Shared;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Projects;

/// <summary>
/// A project's webhooks, for its team's owners: add, test, disable, and read each one's delivery log. A new webhook's
/// signing secret is kept only in this circuit's memory until dismissed; the API never returns it again. Whether the
/// user may manage webhooks is the API's call: anyone else sees its refusal instead of the page.
/// </summary>
public partial class ProjectWebhooks
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _create = new();
    private readonly ApiCallErrors _action = new();
    private readonly ApiCallErrors _log = new();
    private readonly HashSet<string> _newEvents = [];
    private ProjectView? _project;
    private IReadOnlyList<WebhookView>? _webhooks;
    private CreatedWebhookView? _created;
    private string _newUrl = "";
    private Guid? _actedOn;
    private Guid? _logOf;
    private IReadOnlyList<WebhookDeliveryView> _deliveries = [];

    [Parameter] public Guid ProjectId { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IJSRuntime JS { get; init; }

    protected override async Task OnParametersSetAsync()
    {
        _webhooks = null;
        _created = null;
        _logOf = null;
        await _load.TryAsync(async () =>
        {
            _project = (await Api.GetMeAsync()).Projects.FirstOrDefault(p => p.Id == ProjectId);
            _webhooks = await Api.GetWebhooksAsync(ProjectId);
        });
    }

    private Task LoadAsync() => _load.TryAsync(async () => _webhooks = await Api.GetWebhooksAsync(ProjectId));

    private void Choose(string kind, ChangeEventArgs e)
    {
        if (e.Value is true)
            _newEvents.Add(kind);
        else
            _newEvents.Remove(kind);
    }

    private async Task CreateAsync()
    {
        IReadOnlyList<string> events = [.. WebhookEvents.Subscribable.Where(_newEvents.Contains)];
        if (await _create.TryAsync(async () => _created = await Api.CreateWebhookAsync(ProjectId, _newUrl.Trim(), events)))
        {
            _newUrl = "";
            _newEvents.Clear();
            await LoadAsync();
        }
    }

    private async Task DisableAsync(WebhookView webhook)
    {
        _actedOn = webhook.Id;
        if (await _action.TryAsync(() => Api.DisableWebhookAsync(ProjectId, webhook.Id)))
            await RefreshAsync(webhook.Id);
    }

    /// <summary>Queues a ping and opens the log, where it shows as Pending until the sender gets to it.</summary>
    private async Task TestAsync(WebhookView webhook)
    {
        _actedOn = webhook.Id;
        if (await _action.TryAsync(() => Api.TestWebhookAsync(ProjectId, webhook.Id)))
        {
            _logOf = webhook.Id;
            await RefreshAsync(webhook.Id);
        }
    }

    private async Task RefreshAsync(Guid webhookId)
    {
        await LoadAsync();
        if (_logOf == webhookId)
            await LoadDeliveriesAsync();
    }

    private async Task ToggleDeliveriesAsync(WebhookView webhook)
    {
        if (_logOf == webhook.Id)
        {
            _logOf = null;
            return;
        }
        _logOf = webhook.Id;
        _deliveries = [];
        await LoadDeliveriesAsync();
    }

    private Task LoadDeliveriesAsync() =>
        _logOf is { } webhookId
            ? _log.TryAsync(async () => _deliveries = await Api.GetWebhookDeliveriesAsync(ProjectId, webhookId))
            : Task.CompletedTask;

    private static string WhenSent(WebhookDeliveryView delivery) =>
        delivery.DeliveredAt is { } delivered ? DisplayTime.Of(delivered)
        : delivery.NextAttemptAt is { } next ? $"next {DisplayTime.Of(next)}"
        : "—";

    private async Task CopyAsync() => await JS.InvokeVoidAsync("navigator.clipboard.writeText", _created?.Secret);

    private void Dismiss() => _created = null;
}
