namespace Reelwright.Contracts;

/// <summary>The job ended without a clip. Reason is written for the person who asked for it.</summary>
public sealed record GenerationFailed(
    Guid GenerationId,
    string Reason,
    DateTimeOffset FailedAt);
