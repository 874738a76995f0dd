using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Sweeps;

/// <summary>Sweeps as the Studio API would describe them, built from their cells.</summary>
public static class SweepSample
{
    /// <summary>One queued cell with these axis values, its prompt made from them as the planner would.</summary>
    public static SweepCellView Cell(params (string Axis, string Value)[] values)
    {
        var seed = values.FirstOrDefault(v => v.Axis == "seed").Value is { } s ? long.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 7;
        var prompt = "a " + string.Join(" ", values.Where(v => v.Axis != "seed").Select(v => v.Value)) + " circle";
        return new SweepCellView(values.ToDictionary(v => v.Axis, v => v.Value), Sample.Queued(prompt, seed));
    }

    /// <summary>A sweep over these axes, its progress counted from its cells as the API counts it.</summary>
    public static SweepView Of(string name, IReadOnlyList<string> axes, IEnumerable<SweepCellView> cells)
    {
        var list = cells.ToList();
        int Count(GenerationStatus status) => list.Count(c => c.Generation.Status == status);
        return new SweepView(Guid.NewGuid(), Guid.NewGuid(), name, axes, list.Count,
            Count(GenerationStatus.Succeeded) + Count(GenerationStatus.Failed) + Count(GenerationStatus.Canceled),
            Count(GenerationStatus.Succeeded), Count(GenerationStatus.Failed), Count(GenerationStatus.Canceled), Sample.Noon, null, list);
    }

    /// <summary>colour (red, blue) × alt1 (rising, falling) × seed (1, 2): eight cells, in the planner's order.</summary>
    public static SweepView ThreeAxes() =>
        Of("a {{colour}} circle {rising|falling}", ["colour", "alt1", "seed"],
            from colour in new[] { "red", "blue" }
            from motion in new[] { "rising", "falling" }
            from seed in new[] { "1", "2" }
            select Cell(("colour", colour), ("alt1", motion), ("seed", seed)));

    public static SweepCellView Succeeded(this SweepCellView cell) => cell with { Generation = cell.Generation.Succeeded() };

    public static SweepCellView Failed(this SweepCellView cell, string reason) => cell with { Generation = cell.Generation.Failed(reason) };

    public static SweepCellView AtStep(this SweepCellView cell, int step) => cell with { Generation = cell.Generation.AtStep(step) };

    public static SweepCellView CellWith(this SweepView sweep, params (string Axis, string Value)[] values) =>
        sweep.Cells.Single(c => values.All(v => c.ValueOn(v.Axis) == v.Value));
}
