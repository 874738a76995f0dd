namespace Reelwright.Web.Studio;

public sealed record WorkerModelView(string ModelId, bool Available, string? Reason);
