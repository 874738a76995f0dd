using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Sweeps;

/// <summary>
/// One sweep: its progress, a Cancel for what is still queued or running, and its contact sheet, which fills in live
/// as the sweep's clips finish (and is read again after a dropped connection, when updates may have been missed).
/// </summary>
public partial class SweepDetails : IAsyncDisposable
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _action = new();
    private SweepView? _sweep;
    private bool _canceling;

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    protected override void OnInitialized()
    {
        // Only a live circuit listens: the prerendered copy is thrown away, and its hub connection with it.
        if (RendererInfo.IsInteractive)
        {
            Updates.Updated += OnGenerationUpdatedAsync;
            Updates.Reconnected += OnReconnectedAsync;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        if (_sweep?.Id != Id)
        {
            _sweep = null;
            await LoadAsync();
        }
    }

    private Task LoadAsync() => _load.TryAsync(async () => _sweep = await Api.GetSweepAsync(Id));

    private async Task CancelAsync()
    {
        _canceling = true;
        await _action.TryAsync(async () => _sweep = await Api.CancelSweepAsync(Id));
        _canceling = false;
    }

    private Task OnGenerationUpdatedAsync(GenerationView generation) =>
        InvokeAsync(() =>
        {
            if (_sweep is not { } sweep || !sweep.Contains(generation.Id))
                return;
            _sweep = sweep.With(generation);
            StateHasChanged();
        });

    private Task OnReconnectedAsync() =>
        InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        });

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        Updates.Reconnected -= OnReconnectedAsync;
        return ValueTask.CompletedTask;
    }
}
