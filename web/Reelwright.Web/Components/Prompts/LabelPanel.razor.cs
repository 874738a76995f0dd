using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Prompts;

/// <summary>
/// A prompt's labels. Moving one (to any name the API accepts) is recorded by the API; the page reloads the prompt so
/// the tree's chips follow. A label's history shows who moved it, when, and from which version to which.
/// </summary>
public partial class LabelPanel
{
    private readonly ApiCallErrors _move = new();
    private readonly ApiCallErrors _history = new();
    private string _label = "";
    private int? _version;
    private PromptLabelView? _moved;
    private string? _historyOf;
    private IReadOnlyList<LabelMoveView> _moves = [];

    [Parameter, EditorRequired] public required PromptView Prompt { get; set; }

    [Parameter] public PersonNames Names { get; set; } = PersonNames.None;

    [Parameter] public bool CanEdit { get; set; }

    /// <summary>A label moved: the page reloads the prompt.</summary>
    [Parameter] public EventCallback<PromptLabelView> OnMoved { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    private async Task MoveAsync()
    {
        _moved = null;
        var label = _label.Trim();
        // The API judges the name; an empty version is sent as 0 so its "name a version" answer is the one shown.
        if (!await _move.TryAsync(async () => _moved = await Api.MoveLabelAsync(Prompt.Id, label, _version ?? 0)))
            return;
        await OnMoved.InvokeAsync(_moved);
        if (_historyOf == label)
            await LoadHistoryAsync();
    }

    private async Task ToggleHistoryAsync(string label)
    {
        if (_historyOf == label)
        {
            _historyOf = null;
            return;
        }
        _historyOf = label;
        _moves = [];
        await LoadHistoryAsync();
    }

    private Task LoadHistoryAsync() =>
        _historyOf is { } label ? _history.TryAsync(async () => _moves = await Api.GetLabelMovesAsync(Prompt.Id, label)) : Task.CompletedTask;
}
