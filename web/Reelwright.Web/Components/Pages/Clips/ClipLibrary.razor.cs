using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Clips;

/// <summary>
/// The clips the signed-in user can see, searched by prompt text, model, dates and stars, a page at a time. Each
/// tile opens the clip; a star marks it a favourite; picking two offers to compare them.
/// </summary>
public partial class ClipLibrary
{
    private const int PickLimit = 2;
    private static readonly string[] FilterFields = ["q", "from", "to"];

    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _star = new();
    private readonly List<GenerationView> _items = [];
    private readonly HashSet<Guid> _starred = [];
    private readonly List<Guid> _picked = [];
    private IReadOnlyList<ModelView> _models = [];

    // The form as edited; "More" pages through what was last searched for, not what is typed since.
    private string? _text;
    private string? _modelId;
    private DateOnly? _from;
    private DateOnly? _to;
    private bool _favouritesOnly;
    private ClipSearch _searchedFor = new();
    private string? _nextCursor;
    private bool _searched;

    [Inject] public required IStudioApi Api { get; init; }

    private string? CompareHref => _picked.Count == PickLimit ? $"compare?a={_picked[0]}&b={_picked[1]}" : null;

    protected override async Task OnInitializedAsync()
    {
        await _load.TryAsync(async () =>
        {
            _models = await Api.GetModelsAsync();
            _starred.UnionWith((await Api.GetFavouritesAsync()).GenerationIds);
        });
        await SearchAsync();
    }

    private Task SearchAsync()
    {
        var search = new ClipSearch(
            string.IsNullOrWhiteSpace(_text) ? null : _text.Trim(),
            string.IsNullOrEmpty(_modelId) ? null : _modelId,
            _from,
            _to,
            _favouritesOnly);
        return _load.TryAsync(async () =>
        {
            var page = await Api.SearchClipsAsync(search);
            _searchedFor = search;
            _items.Clear();
            _items.AddRange(page.Items);
            _nextCursor = page.NextCursor;
            _searched = true;
        });
    }

    private Task LoadMoreAsync() =>
        _load.TryAsync(async () =>
        {
            var page = await Api.SearchClipsAsync(_searchedFor, _nextCursor);
            // A clip made between two pages can push one already shown onto the next page; show it once.
            _items.AddRange(page.Items.Where(g => _items.All(shown => shown.Id != g.Id)));
            _nextCursor = page.NextCursor;
        });

    /// <summary>Flips the star once the API has taken the change, so the star never claims what was not saved.</summary>
    private Task ToggleStarAsync(Guid generationId) =>
        _star.TryAsync(async () =>
        {
            var starring = !_starred.Contains(generationId);
            await Api.SetFavouriteAsync(FavouriteKind.Generations, generationId, starring);
            if (starring)
                _starred.Add(generationId);
            else
                _starred.Remove(generationId);
        });

    private void TogglePick(Guid generationId)
    {
        if (!_picked.Remove(generationId) && _picked.Count < PickLimit)
            _picked.Add(generationId);
    }

    private static string StatusWord(GenerationView generation) => generation.Status switch
    {
        GenerationStatus.Failed => "failed",
        GenerationStatus.Canceled => "canceled",
        GenerationStatus.Queued => "queued",
        _ => $"{generation.CurrentStep}/{generation.TotalSteps}",
    };
}
