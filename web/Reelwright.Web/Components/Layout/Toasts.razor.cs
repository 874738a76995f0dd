using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Layout;

/// <summary>
/// Tells the signed-in user when one of their own clips finishes (ready, or failed and why) while they are on another
/// page. Not on the workspace, where the clip itself shows. Each note hides itself after a while or when dismissed.
/// </summary>
public partial class Toasts
{
    private const int MostShown = 5;

    private readonly List<GenerationView> _shown = [];
    private readonly HashSet<Guid> _told = [];
    // Canceled, never disposed: a note's hiding timer may still be waiting on its token.
    private readonly CancellationTokenSource _closing = new();
    private Guid? _userId;

    [Inject] public required IGenerationUpdates Updates { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    [Inject] public required AuthenticationStateProvider Authentication { get; init; }

    /// <summary>How long a note stays before it hides itself.</summary>
    [Parameter] public TimeSpan ShowFor { get; set; } = TimeSpan.FromSeconds(8);

    protected override async Task OnInitializedAsync()
    {
        // Only a live circuit listens: the prerendered copy is thrown away.
        if (!RendererInfo.IsInteractive)
            return;
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
            return;
        _userId = userId;
        Updates.Updated += OnGenerationUpdatedAsync;
    }

    // A sweep's cells are followed on its contact sheet; a note for each of a hundred cells would bury everything else.
    private Task OnGenerationUpdatedAsync(GenerationView generation) =>
        generation.Status is GenerationStatus.Succeeded or GenerationStatus.Failed && generation.AuthorId == _userId && generation.SweepId is null
            ? InvokeAsync(() => Tell(generation))
            : Task.CompletedTask;

    private void Tell(GenerationView generation)
    {
        // The same finish can be pushed twice (a reconnect, a late duplicate); one note is enough.
        if (OnWorkspace || !_told.Add(generation.Id))
            return;
        _shown.Add(generation);
        if (_shown.Count > MostShown)
            _shown.RemoveAt(0);
        StateHasChanged();
        _ = HideLaterAsync(generation.Id);
    }

    /// <summary>The workspace ("/", whatever its query) shows the finished clip itself.</summary>
    private bool OnWorkspace => Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0].Length == 0;

    private async Task HideLaterAsync(Guid generationId)
    {
        try
        {
            await Task.Delay(ShowFor, _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await InvokeAsync(() =>
        {
            if (_shown.RemoveAll(g => g.Id == generationId) > 0)
                StateHasChanged();
        });
    }

    private void Dismiss(GenerationView generation) => _shown.Remove(generation);

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        _closing.Cancel();
        return ValueTask.CompletedTask;
    }
}
