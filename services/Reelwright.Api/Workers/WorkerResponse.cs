using Reelwright.Data.Workers;

namespace Reelwright.Api.Workers;

/// <summary>A generation worker as last reported, and whether it is still reporting.</summary>
/// <param name="ExecutionProviderDetails">What was asked for, what this ONNX Runtime has, what was chosen and why others were skipped.</param>
public sealed record WorkerResponse(
    string Name,
    string Host,
    bool Online,
    string ExecutionProvider,
    string ExecutionProviderDetails,
    int ConcurrentJobs,
    IReadOnlyList<WorkerModelResponse> Models,
    DateTimeOffset StartedAt,
    DateTimeOffset LastSeenAt)
{
    public static WorkerResponse From(WorkerRecord w, bool online) => new(
        w.Name, w.Host, online, w.ExecutionProvider, w.ExecutionProviderDetails, w.ConcurrentJobs,
        [.. w.Models.Select(m => new WorkerModelResponse(m.ModelId, m.Available, m.Reason))], w.StartedAt, w.LastSeenAt);
}
