namespace Reelwright.Contracts;

/// <summary>
/// Asks a worker to sample one clip. Carries the whole recipe so the worker needs no database. A command: sent to
/// <see cref="Queue"/>, where it waits for a worker even if none has started yet.
/// </summary>
public sealed record GenerateClip(
    Guid GenerationId,
    string ModelId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Steps,
    double Guidance,
    DateTimeOffset RequestedAt)
{
    /// <summary>The queue workers consume jobs from.</summary>
    public const string Queue = "generate-clip";
}
