namespace Reelwright.Contracts;

/// <summary>One installed model as a worker sees it: loaded and verified, or unavailable with the reason.</summary>
public sealed record ReportedModel(string ModelId, bool Available, string? Reason);
