using Reelwright.Data.Workers;

namespace Reelwright.Api.Workers;

/// <summary>A generation worker as last reported, and whether it is still reporting.</summary>
/// <param name="ExecutionProviderDetails">What was asked for, what this ONNX Runtime has, what was chosen and why others were skipped.</param>
/// <param name="RunningGenerations">The generations it is sampling right now.</param>
/// <param name="ClipsPerMinute">Clips it produced per minute over the last five minutes.</param>
public sealed record WorkerResponse(
    string Name,
    string Host,
    bool Online,
    string ExecutionProvider,
    string ExecutionProviderDetails,
    int ConcurrentJobs,
    IReadOnlyList<WorkerModelResponse> Models,
    IReadOnlyList<Guid> RunningGenerations,
    double ClipsPerMinute,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeenAt)
{
    public static WorkerResponse From(WorkerRecord w, bool online) => new(
        w.Name, w.Host, online, w.ExecutionProvider, w.ExecutionProviderDetails, w.ConcurrentJobs,
        [.. w.Models.Select(m => new WorkerModelResponse(m.ModelId, m.Available, m.Reason))], w.RunningGenerations, w.ClipsPerMinute,
        w.StartedAt, w.LastSeenAt);
}
