using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Clips;

/// <summary>
/// Recall and reproduce a clip: open its exact recipe in the workspace, or re-run it and learn whether the frames came
/// out identical. A clip that is itself a re-run shows how its own verification came out.
/// </summary>
public sealed partial class ReproducePanel : IDisposable
{
    private GenerationView? _rerun;
    private VerificationView? _verification;
    private bool _rerunning;
    private readonly ApiCallErrors _call = new();

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    [Parameter, EditorRequired] public required GenerationView Generation { get; set; }

    /// <summary>Whether the viewer may generate in the clip's project (editors and owners).</summary>
    [Parameter] public bool CanRerun { get; set; }

    private bool IsWaiting => _rerun is { IsActive: true };

    protected override async Task OnInitializedAsync()
    {
        Updates.Updated += OnUpdatedAsync;
        if (Generation.RerunOfId is not null)
        {
            _rerun = Generation;
            await VerifyAsync();
        }
    }

    private async Task RerunAsync()
    {
        _rerunning = true;
        _verification = null;
        await _call.TryAsync(async () => _rerun = await Api.RerunAsync(Generation.Id));
        _rerunning = false;
    }

    private Task OnUpdatedAsync(GenerationView update) =>
        InvokeAsync(async () =>
        {
            if (_rerun?.Id != update.Id || update.IsBehind(_rerun))
                return;
            _rerun = update;
            if (!update.IsActive)
                await VerifyAsync();
            StateHasChanged();
        });

    private Task VerifyAsync() => _call.TryAsync(async () => _verification = await Api.GetVerificationAsync(_rerun!.Id));

    public void Dispose() => Updates.Updated -= OnUpdatedAsync;
}
