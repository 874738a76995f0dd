namespace Reelwright.Data.Generations;

/// <summary>Where a generation stands. Succeeded, Failed and Canceled are terminal: nothing moves a job out of them.</summary>
public enum GenerationStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Canceled,
}
