namespace Reelwright.Contracts;

/// <summary>
/// A worker's periodic account of itself: where it runs, which execution provider it chose and why, and which
/// models it can run (or why not). Sent at start and then every few seconds, so its absence means it is gone.
/// </summary>
public sealed record WorkerReported(
    string WorkerName,
    string Host,
    string ExecutionProvider,
    string ExecutionProviderDetails,
    int ConcurrentJobs,
    IReadOnlyList<ReportedModel> Models,
    IReadOnlyList<Guid> RunningGenerations,
    double ClipsPerMinute,
    DateTimeOffset StartedAt,
    DateTimeOffset ReportedAt);
