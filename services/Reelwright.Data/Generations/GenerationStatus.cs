namespace Reelwright.Data.Generations;

/// <summary>Where a generation stands. Succeeded and Failed are terminal: nothing moves a job out of them.</summary>
public enum GenerationStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
