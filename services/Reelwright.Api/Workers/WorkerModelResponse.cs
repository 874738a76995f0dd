namespace Reelwright.Api.Workers;

/// <param name="Reason">Why the model cannot run on this worker; null when it can.</param>
public sealed record WorkerModelResponse(string ModelId, bool Available, string? Reason);
