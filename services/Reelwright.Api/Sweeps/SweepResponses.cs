using Reelwright.Api.Generations;

namespace Reelwright.Api.Sweeps;

/// <param name="Values">The cell's value on each axis, e.g. {"colour": "red", "seed": "7"}.</param>
public sealed record SweepCellResponse(IReadOnlyDictionary<string, string> Values, GenerationResponse Generation);

/// <param name="Axes">The axes in order: template variables and alternative groups (alt1, alt2, …), then seed, guidance, steps.</param>
/// <param name="Done">Cells that have finished (succeeded, failed or canceled): the batch's progress is Done of CellCount.</param>
public sealed record SweepResponse(
    Guid Id, Guid ProjectId, string Name, IReadOnlyList<string> Axes, int CellCount, int Done, int Succeeded, int Failed, int Canceled,
    DateTimeOffset CreatedAt, DateTimeOffset? CanceledAt, IReadOnlyList<SweepCellResponse> Cells);

public sealed class SweepOptions
{
    public const string SectionName = "Sweeps";

    /// <summary>The most cells one sweep may have; a bigger one is refused with its count before anything is queued.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10_000)]
    public int MaxCells { get; set; } = 100;
}
