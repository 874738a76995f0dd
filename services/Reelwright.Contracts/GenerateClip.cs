namespace Reelwright.Contracts;

/// <summary>Asks a worker to sample one clip. Carries the whole recipe so the worker needs no database.</summary>
public sealed record GenerateClip(
    Guid GenerationId,
    string ModelId,
    string Prompt,
    string NegativePrompt,
    long Seed,
    int Steps,
    double Guidance,
    DateTimeOffset RequestedAt);
