namespace Reelwright.Data.Workers;

/// <summary>The latest report of one generation worker. Online is derived from <see cref="LastSeenAt"/>.</summary>
public sealed class WorkerRecord
{
    public required string Name { get; init; }
    public required string Host { get; set; }
    public required string ExecutionProvider { get; set; }
    public required string ExecutionProviderDetails { get; set; }
    public int ConcurrentJobs { get; set; }
    public List<WorkerModelRecord> Models { get; set; } = [];
    public List<Guid> RunningGenerations { get; set; } = [];
    public double ClipsPerMinute { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
