using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Sweeps;

/// <summary>
/// A sweep's cells laid out by two of its axes: one row per value of the row axis, one column per value of the column
/// axis, in the order the values first appear (the order they were listed). Without a row (or column) axis there is
/// one row (column), keyed "". Cells that share a row and column value but differ on other axes share the slot.
/// </summary>
public sealed class ContactSheetGrid
{
    private readonly ILookup<(string Row, string Column), SweepCellView> _slots;

    private ContactSheetGrid(string? rowAxis, string? columnAxis, IReadOnlyList<SweepCellView> cells)
    {
        RowAxis = rowAxis;
        ColumnAxis = columnAxis;
        Rows = ValuesOn(cells, rowAxis);
        Columns = ValuesOn(cells, columnAxis);
        _slots = cells.ToLookup(c => (ValueOn(c, rowAxis), ValueOn(c, columnAxis)));
    }

    public string? RowAxis { get; }

    public string? ColumnAxis { get; }

    public IReadOnlyList<string> Rows { get; }

    public IReadOnlyList<string> Columns { get; }

    public static ContactSheetGrid Lay(IReadOnlyList<SweepCellView> cells, string? rowAxis, string? columnAxis) =>
        new(rowAxis, columnAxis, cells);

    /// <summary>The cells in one slot, in the sweep's order.</summary>
    public IEnumerable<SweepCellView> At(string row, string column) => _slots[(row, column)];

    /// <summary>
    /// The first two axes the cells actually vary on (a sweep always has a seed axis, often with one seed). With one
    /// such axis the sheet is a single row across it; with none, a single row across the first axis.
    /// </summary>
    public static (string? Rows, string? Columns) DefaultAxes(SweepView sweep)
    {
        var varying = sweep.Axes.Where(axis => sweep.Cells.Select(c => c.ValueOn(axis)).Distinct().Skip(1).Any()).ToList();
        return varying.Count switch
        {
            0 => (null, sweep.Axes.FirstOrDefault()),
            1 => (null, varying[0]),
            _ => (varying[0], varying[1]),
        };
    }

    private static IReadOnlyList<string> ValuesOn(IReadOnlyList<SweepCellView> cells, string? axis) =>
        axis is null ? [""] : [.. cells.Select(c => c.ValueOn(axis)).Distinct()];

    private static string ValueOn(SweepCellView cell, string? axis) => axis is null ? "" : cell.ValueOn(axis);
}
