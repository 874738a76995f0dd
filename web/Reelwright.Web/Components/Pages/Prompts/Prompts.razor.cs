using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Prompts;

/// <summary>
/// Finding prompts: text, label, model, dates and favourites narrow the list, More pages through it (keyset, so
/// pages do not shift while prompts change), a star keeps one at hand. A new prompt is started here and opened.
/// </summary>
public partial class Prompts
{
    private const int ExcerptLength = 160;
    private static readonly string[] CreateFields = ["projectId", "name", "firstVersion.text", "firstVersion.negativeText", "firstVersion.message"];

    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _create = new();
    private readonly ApiCallErrors _star = new();
    private readonly List<PromptSummaryView> _results = [];
    private IReadOnlyList<ModelView> _models = [];
    private IReadOnlyList<ProjectView> _projects = [];
    private PromptFilter _filter = new();
    private string? _nextCursor;
    private bool _loaded;
    private Guid? _starred;

    private string _q = "";
    private string _label = "";
    private string _modelId = "";
    private DateOnly? _from;
    private DateOnly? _to;
    private bool _favouritesOnly;

    private bool _creating;
    private Guid _newProjectId;
    private string _newName = "";
    private string _newText = "";
    private string _newNegativeText = "";
    private string _newMessage = "";

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    private IReadOnlyList<ProjectView> EditableProjects => [.. _projects.Where(p => p.Role.CanEdit())];

    protected override async Task OnInitializedAsync()
    {
        await _load.TryAsync(async () =>
        {
            _models = await Api.GetModelsAsync();
            _projects = (await Api.GetMeAsync()).Projects;
        });
        await LoadFirstPageAsync();
    }

    private Task SearchAsync()
    {
        _filter = new PromptFilter(Blank(_q), Blank(_label), Blank(_modelId), _from, _to, _favouritesOnly);
        return LoadFirstPageAsync();
    }

    private Task LoadFirstPageAsync() => _load.TryAsync(async () =>
    {
        var page = await Api.SearchPromptsAsync(_filter);
        _results.Clear();
        _results.AddRange(page.Items);
        _nextCursor = page.NextCursor;
        _loaded = true;
    });

    private Task MoreAsync() => _nextCursor is not { } cursor ? Task.CompletedTask : _load.TryAsync(async () =>
    {
        var page = await Api.SearchPromptsAsync(_filter, cursor);
        // A prompt already shown is not repeated if it moved while paging.
        _results.AddRange(page.Items.Where(p => _results.All(shown => shown.Id != p.Id)));
        _nextCursor = page.NextCursor;
    });

    private async Task ToggleFavouriteAsync(PromptSummaryView prompt)
    {
        _starred = prompt.Id;
        var wanted = !prompt.Favourite;
        if (!await _star.TryAsync(() => Api.SetFavouriteAsync(FavouriteKind.Prompts, prompt.Id, wanted)))
            return;
        var index = _results.FindIndex(p => p.Id == prompt.Id);
        if (index < 0)
            return;
        // Unstarred under "favourites only": it no longer belongs in the list.
        if (!wanted && _filter.FavouritesOnly)
            _results.RemoveAt(index);
        else
            _results[index] = _results[index] with { Favourite = wanted };
    }

    private void ToggleNewPrompt()
    {
        _creating = !_creating;
        if (_creating && EditableProjects.FirstOrDefault() is { } first && EditableProjects.All(p => p.Id != _newProjectId))
            _newProjectId = first.Id;
    }

    private async Task CreateAsync()
    {
        PromptView? created = null;
        var firstVersion = new PromptVersionDraft(_newText, _newNegativeText, Blank(_newMessage));
        if (await _create.TryAsync(async () => created = await Api.CreatePromptAsync(_newProjectId, _newName.Trim(), firstVersion)))
            Navigation.NavigateTo($"prompts/{created!.Id}");
    }

    private string Invalid(string field) => _create.Fields.ContainsKey(field) ? "true" : "false";

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Excerpt(string text) =>
        text.Length <= ExcerptLength ? text : text[..ExcerptLength].TrimEnd() + "…";
}
