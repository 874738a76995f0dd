using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Prompts;

/// <summary>
/// A prompt's version history as a tree by parent version. Picking a "from" and a "to" version and pressing Diff asks
/// the page for that diff; "Edit from here" asks it to open the editor on a version, whose save branches from it.
/// </summary>
public partial class VersionTree
{
    private int? _from;
    private int? _to;

    [Parameter, EditorRequired] public required PromptView Prompt { get; set; }

    [Parameter] public PersonNames Names { get; set; } = PersonNames.None;

    /// <summary>Whether the signed-in user may save versions (editors and owners).</summary>
    [Parameter] public bool CanEdit { get; set; }

    /// <summary>The version the editor is open on, highlighted.</summary>
    [Parameter] public int? Picked { get; set; }

    [Parameter] public EventCallback<(int From, int To)> OnDiff { get; set; }

    [Parameter] public EventCallback<int> OnEdit { get; set; }

    private bool CanDiff => _from is { } from && _to is { } to && from != to;

    // A version whose parent is missing (never expected) is shown as a root rather than hidden.
    private IEnumerable<PromptVersionView> Roots =>
        Prompt.Versions.Where(v => v.ParentNumber is not { } parent || Prompt.Version(parent) is null).OrderBy(v => v.Number);

    private List<PromptVersionView> ChildrenOf(int number) =>
        [.. Prompt.Versions.Where(v => v.ParentNumber == number).OrderBy(v => v.Number)];

    private string NodeClass(PromptVersionView version) => version.Number == Picked ? "version picked" : "version";

    private void PickFrom(int number) => _from = number;

    private void PickTo(int number) => _to = number;

    private Task DiffAsync() =>
        _from is { } from && _to is { } to ? OnDiff.InvokeAsync((from, to)) : Task.CompletedTask;

    private string WorkspaceLink(PromptVersionView version) => $"/?prompt={Prompt.Id}&version={version.Number}";

    private string SweepLink(PromptVersionView version) => $"/sweeps/new?prompt={Prompt.Id}&version={version.Number}";
}
