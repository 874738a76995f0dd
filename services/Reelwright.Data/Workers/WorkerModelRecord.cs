namespace Reelwright.Data.Workers;

/// <summary>A model as one worker last reported it.</summary>
public sealed class WorkerModelRecord
{
    public required string ModelId { get; init; }
    public bool Available { get; init; }
    public string? Reason { get; init; }
}
