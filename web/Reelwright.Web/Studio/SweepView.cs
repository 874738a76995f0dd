namespace Reelwright.Web.Studio;

/// <summary>
/// A sweep as the Studio API returns it (GET /api/sweeps/{id}): its axes in order, its progress (Done of CellCount) and
/// its cells. The list of sweeps (GET /api/sweeps) has no cells.
/// </summary>
public sealed record SweepView(
    Guid Id,
    Guid ProjectId,
    string Name,
    IReadOnlyList<string> Axes,
    int CellCount,
    int Done,
    int Succeeded,
    int Failed,
    int Canceled,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CanceledAt,
    IReadOnlyList<SweepCellView> Cells)
{
    /// <summary>Whether some cell may still change: what a Cancel can stop.</summary>
    public bool IsUnfinished => Done < CellCount;

    public double ProgressFraction => CellCount == 0 ? 1 : (double)Done / CellCount;

    public bool Contains(Guid generationId) => Cells.Any(c => c.Generation.Id == generationId);

    /// <summary>
    /// The sweep with one of its cells' generations as pushed live, the counts recounted as the API counts them (over
    /// the cells the user sees). A generation not in the sweep, or an older picture of one (updates can overtake each
    /// other), leaves it as it is.
    /// </summary>
    public SweepView With(GenerationView generation)
    {
        var index = Cells.ToList().FindIndex(c => c.Generation.Id == generation.Id);
        if (index < 0 || generation.IsBehind(Cells[index].Generation))
            return this;
        var cells = Cells.ToList();
        cells[index] = cells[index] with { Generation = generation };
        int Count(GenerationStatus status) => cells.Count(c => c.Generation.Status == status);
        var succeeded = Count(GenerationStatus.Succeeded);
        var failed = Count(GenerationStatus.Failed);
        var canceled = Count(GenerationStatus.Canceled);
        return this with { Cells = cells, Done = succeeded + failed + canceled, Succeeded = succeeded, Failed = failed, Canceled = canceled };
    }
}
