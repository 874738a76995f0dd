namespace Reelwright.Data.Sweeps;

/// <summary>
/// A batch of generations that belong together: the cartesian product of chosen axes (template variables and
/// alternatives, seeds, guidance values, steps). Its jobs wait in the batch class, behind single generations.
/// </summary>
public sealed class Sweep
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public Guid AuthorId { get; init; }
    public required string Name { get; init; }

    /// <summary>The request that made it, as JSON (template, variables, axes), so the sweep can be shown and re-run.</summary>
    public required string Definition { get; init; }

    /// <summary>The axes in order, e.g. ["colour", "seed"]; each cell's generation records its value on each.</summary>
    public List<string> Axes { get; init; } = [];

    public int CellCount { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CanceledAt { get; set; }
}
