using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Reelwright.Web.Components.Shared;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Sweeps;

/// <summary>
/// A sweep's clips side by side, laid out by two axes the user picks (rows and columns). A clip plays while hovered;
/// "Play all in sync" starts every clip at frame 0 together and keeps them aligned, so differences show as they happen.
/// Two clips picked for comparing give a link to the compare page.
/// </summary>
public sealed partial class ContactSheet : IAsyncDisposable
{
    public const string ModulePath = "./Components/Sweeps/ContactSheet.razor.js";

    // In the order they were ticked, so the compare page gets the first as A.
    private readonly List<Guid> _picked = [];
    private ElementReference _root;
    private IJSObjectReference? _module;
    private Guid? _sweepId;
    private string? _rowAxis;
    private string? _columnAxis;
    private ContactSheetGrid _grid = null!; // Laid in OnParametersSet, which always runs before a render.
    private bool _syncing;
    private string? _syncedLayout;

    [Inject] public required IJSRuntime JS { get; init; }

    [Parameter, EditorRequired] public required SweepView Sweep { get; set; }

    private (Guid A, Guid B)? ComparePair =>
        _picked.Count == 2 ? (_picked[0], _picked[1]) : null;

    private string CompareHint => _picked.Count switch
    {
        0 => "Tick compare on two clips to compare them.",
        1 => "Tick one more clip to compare.",
        var n => $"{n} clips ticked; compare takes two.",
    };

    private string Corner => (_grid.RowAxis, _grid.ColumnAxis) switch
    {
        ({ } rows, { } columns) => $"{rows} ↓ · {columns} →",
        ({ } rows, null) => $"{rows} ↓",
        (null, { } columns) => $"{columns} →",
        _ => "",
    };

    /// <summary>The layout starts from the default axes for each sweep shown, and keeps the user's choice as its cells fill.</summary>
    protected override void OnParametersSet()
    {
        if (_sweepId != Sweep.Id)
        {
            _sweepId = Sweep.Id;
            (_rowAxis, _columnAxis) = ContactSheetGrid.DefaultAxes(Sweep);
            _picked.Clear();
        }
        Lay();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync("attach", _root);
        }
        // Re-laid or with a new clip, the sheet has videos that are not playing: start them all again, together.
        if (_syncing && Layout != _syncedLayout)
            await SetSyncAsync();
    }

    private string Layout => $"{_grid.RowAxis}|{_grid.ColumnAxis}|{Sweep.Cells.Count(c => c.Generation.Clip is not null)}";

    private void ChangeRowAxis(ChangeEventArgs e)
    {
        var axis = AxisFrom(e);
        // One axis cannot be both: picking the columns' axis for the rows swaps the two.
        if (axis is not null && axis == _columnAxis)
            _columnAxis = _rowAxis;
        _rowAxis = axis;
        Lay();
    }

    private void ChangeColumnAxis(ChangeEventArgs e)
    {
        var axis = AxisFrom(e);
        if (axis is not null && axis == _rowAxis)
            _rowAxis = _columnAxis;
        _columnAxis = axis;
        Lay();
    }

    private static string? AxisFrom(ChangeEventArgs e) => e.Value is string { Length: > 0 } axis ? axis : null;

    private void Lay() => _grid = ContactSheetGrid.Lay(Sweep.Cells, _rowAxis, _columnAxis);

    private Task ChangeSyncAsync(ChangeEventArgs e)
    {
        _syncing = e.Value is true;
        return SetSyncAsync();
    }

    private async Task SetSyncAsync()
    {
        _syncedLayout = _syncing ? Layout : null;
        if (_module is not null)
            await _module.InvokeVoidAsync("setSync", _root, _syncing);
    }

    private void Pick(Guid generationId, bool picked)
    {
        if (picked && !_picked.Contains(generationId))
            _picked.Add(generationId);
        else if (!picked)
            _picked.Remove(generationId);
    }

    /// <summary>A cell's values on the axes not laid out ("seed 7 · steps 20"), which tell apart the cells of one slot; else its prompt.</summary>
    private string Caption(SweepCellView cell)
    {
        var others = Sweep.Axes.Where(a => a != _grid.RowAxis && a != _grid.ColumnAxis && cell.Values.ContainsKey(a)).ToList();
        return others.Count == 0 ? cell.Generation.Prompt : string.Join(" · ", others.Select(a => $"{a} {cell.ValueOn(a)}"));
    }

    private static string Heading(string? axis, string value) => axis is null ? "" : $"{axis} {value}";

    public ValueTask DisposeAsync() => _module.ReleaseAsync(_root);
}
