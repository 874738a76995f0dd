namespace Reelwright.Web.Studio;

/// <summary>One cell of a sweep: its value on each axis (keyed by axis name, e.g. {"colour": "red", "seed": "7"}) and its generation.</summary>
public sealed record SweepCellView(IReadOnlyDictionary<string, string> Values, GenerationView Generation)
{
    /// <summary>The cell's value on an axis; "" when the cell has none (an axis added after it was planned).</summary>
    public string ValueOn(string axis) => Values.GetValueOrDefault(axis, "");
}
