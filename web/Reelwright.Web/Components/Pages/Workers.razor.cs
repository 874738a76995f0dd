using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages;

/// <summary>The fleet as it last reported itself, refreshed while the page is open.</summary>
public partial class Workers : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _closing = new();
    private IReadOnlyList<WorkerView>? _workers;
    private Exception? _error;

    [Inject] public required IStudioApi Api { get; init; }

    protected override async Task OnInitializedAsync()
    {
        await LoadAsync();
        if (RendererInfo.IsInteractive)
            _ = RefreshWhileOpenAsync();
    }

    private async Task RefreshWhileOpenAsync()
    {
        using var timer = new PeriodicTimer(RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_closing.Token))
                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task LoadAsync()
    {
        try
        {
            _workers = await Api.GetWorkersAsync(_closing.Token);
            _error = null;
        }
        catch (Exception e) when (StudioApiErrors.IsReportable(e))
        {
            _error = e;
        }
    }

    public void Dispose()
    {
        _closing.Cancel();
        _closing.Dispose();
    }
}
