namespace Reelwright.Contracts;

/// <summary>
/// Someone canceled a generation. Every worker hears it: the one running the job stops at the next sampling step
/// and discards what it made; any other skips the job if it is still to come.
/// </summary>
public sealed record GenerationCancellationRequested(Guid GenerationId, DateTimeOffset RequestedAt);
