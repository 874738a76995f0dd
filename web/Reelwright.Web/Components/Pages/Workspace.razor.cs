using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages;

/// <summary>
/// The prompt-to-clip loop: submit a recipe, follow its progress live, play the result, and recall any earlier
/// recipe from the history strip.
/// </summary>
public partial class Workspace
{
    private readonly WorkspaceForm _form = new();
    private IReadOnlyList<ModelView> _models = [];
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();
    private List<GenerationView> _history = [];
    private string? _nextCursor;
    private Guid? _selectedId;
    private bool _submitting;
    private string? _loadError;

    // Reused until a submission is accepted, so a double click or a retried request queues one clip, not two.
    private string _idempotencyKey = Guid.NewGuid().ToString();

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required IGenerationUpdates Updates { get; init; }

    private GenerationView? Selected => _history.FirstOrDefault(g => g.Id == _selectedId);

    private List<GenerationView> ActiveJobs => _history.Where(g => g.IsActive && g.Id != _selectedId).ToList();

    protected override async Task OnInitializedAsync()
    {
        Updates.Updated += OnGenerationUpdatedAsync;
        Updates.Reconnected += OnReconnectedAsync;
        try
        {
            _models = await Api.GetModelsAsync();
            if (_models.Count > 0)
                _form.ApplyDefaults(_models[0]);
            await ReloadHistoryAsync();
        }
        catch (HttpRequestException e)
        {
            _loadError = $"The Studio API is not reachable ({e.Message}). Is it running?";
        }
    }

    private async Task GenerateAsync()
    {
        var recipe = _form.ToRecipe(out var seedError);
        if (recipe is null)
        {
            _errors = new Dictionary<string, string[]> { ["seed"] = [seedError!] };
            return;
        }

        _submitting = true;
        try
        {
            var result = await Api.SubmitAsync(recipe, _idempotencyKey);
            _errors = result.Errors;
            if (result.Generation is { } accepted)
            {
                _idempotencyKey = Guid.NewGuid().ToString();
                Upsert(accepted);
                _selectedId = accepted.Id;
            }
        }
        catch (HttpRequestException e)
        {
            _errors = new Dictionary<string, string[]> { [""] = [$"Could not reach the Studio API: {e.Message}"] };
        }
        finally
        {
            _submitting = false;
        }
    }

    private void Select(GenerationView generation)
    {
        _selectedId = generation.Id;
        _form.Load(generation.Recipe);
        _errors = new Dictionary<string, string[]>();
    }

    private async Task LoadMoreAsync()
    {
        var page = await Api.GetHistoryAsync(_nextCursor);
        _history.AddRange(page.Items.Where(g => _history.All(h => h.Id != g.Id)));
        _nextCursor = page.NextCursor;
    }

    private async Task ReloadHistoryAsync()
    {
        var page = await Api.GetHistoryAsync();
        _history = [.. page.Items];
        _nextCursor = page.NextCursor;
    }

    private Task OnGenerationUpdatedAsync(GenerationView generation) =>
        InvokeAsync(() =>
        {
            Upsert(generation);
            StateHasChanged();
        });

    private Task OnReconnectedAsync() =>
        InvokeAsync(async () =>
        {
            await ReloadHistoryAsync();
            StateHasChanged();
        });

    /// <summary>Replaces the generation in the history, or puts it first when new; stale updates never win.</summary>
    private void Upsert(GenerationView generation)
    {
        var index = _history.FindIndex(g => g.Id == generation.Id);
        if (index < 0)
            _history.Insert(0, generation);
        else if (!IsOlder(generation, _history[index]))
            _history[index] = generation;
    }

    private static bool IsOlder(GenerationView incoming, GenerationView current) =>
        !current.IsActive && incoming.IsActive || incoming.IsActive && current.IsActive && incoming.CurrentStep < current.CurrentStep;

    public ValueTask DisposeAsync()
    {
        Updates.Updated -= OnGenerationUpdatedAsync;
        Updates.Reconnected -= OnReconnectedAsync;
        return ValueTask.CompletedTask;
    }
}
