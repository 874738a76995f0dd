namespace Reelwright.Web.Studio;

/// <summary>A generation worker as the Studio API lists it (GET /api/workers).</summary>
public sealed record WorkerView(
    string Name,
    string Host,
    bool Online,
    string ExecutionProvider,
    string ExecutionProviderDetails,
    int ConcurrentJobs,
    IReadOnlyList<WorkerModelView> Models,
    IReadOnlyList<Guid> RunningGenerations,
    double ClipsPerMinute,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeenAt);
