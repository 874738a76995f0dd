using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Compare;

/// <summary>
/// Two clips (?a=&amp;b=, generation ids) under one transport, with their recipes side by side and the settings that
/// differ marked. Each side loads on its own, so a clip that is missing, not the caller's to see, or not finished
/// says so without hiding the other; an unfinished clip joins the player when it finishes.
/// </summary>
public partial class ClipComparison : IAsyncDisposable
{
    private readonly ApiCallErrors _loadA = new();
    private readonly ApiCallErrors _loadB = new();
    private GenerationView? _a;
    private GenerationView? _b;

    [SupplyParameterFromQuery(Name = "a")] public Guid? AId { get; set; }

    [SupplyParameterFromQuery(Name = "b")] public Guid? BId { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    protected override void OnInitialized()
    {
        // Only a live circuit listens: the prerendered copy is thrown away, and its hub connection with it.
        if (RendererInfo.IsInteractive)
            Updates.Updated += OnGenerationUpdatedAsync;
    }

    // With one id missing there is nothing to compare: the page asks for two instead of loading half.
    protected override async Task OnParametersSetAsync()
    {
        _a = _b = null;
        if (AId is not { } a || BId is not { } b)
            return;
        _a = await LoadAsync(a, _loadA);
        _b = await LoadAsync(b, _loadB);
    }

    private async Task<GenerationView?> LoadAsync(Guid id, ApiCallErrors load)
    {
        GenerationView? generation = null;
        await load.TryAsync(async () => generation = await Api.GetGenerationAsync(id));
        return generation;
    }

    /// <summary>Progress of a clip still generating; once it is done it is loaded afresh, with its clip.</summary>
    private Task OnGenerationUpdatedAsync(GenerationView update) =>
        InvokeAsync(async () =>
        {
            var changed = false;
            if (_a is { } a && a.Id == update.Id && !update.IsBehind(a))
            {
                _a = update.IsActive ? update : await LoadAsync(update.Id, _loadA) ?? update;
                changed = true;
            }
            if (_b is { } b && b.Id == update.Id && !update.IsBehind(b))
            {
                _b = update.IsActive ? update : await LoadAsync(update.Id, _loadB) ?? update;
                changed = true;
            }
            if (changed)
                StateHasChanged();
        });

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        return ValueTask.CompletedTask;
    }
}
