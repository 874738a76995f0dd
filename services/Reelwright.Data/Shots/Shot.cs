namespace Reelwright.Data.Shots;

/// <summary>
/// A version stack: the clips that are versions of one another (re-runs, prompt edits, remixes), numbered in the order
/// they were made. Each version's generation records which version it came from, which makes the lineage graph.
/// </summary>
public sealed class Shot
{
    public Guid Id { get; init; }
    public Guid ProjectId { get; init; }
    public Guid TeamId { get; init; }
    public required string Name { get; set; }
    public Guid CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last version number handed out; raised under a row lock so numbers are gap-free and never reused.</summary>
    public int LastVersion { get; set; }
}
