namespace Reelwright.Contracts;

/// <summary>One sampling step finished. Step counts from 1 to TotalSteps.</summary>
public sealed record GenerationProgressed(
    Guid GenerationId,
    int Step,
    int TotalSteps,
    DateTimeOffset At);
