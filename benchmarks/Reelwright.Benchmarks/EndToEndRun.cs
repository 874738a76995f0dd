using Reelwright.Api.Generations;

namespace Reelwright.Benchmarks;

/// <summary>One generation as the client saw it: what the API reported, and how long the client waited.</summary>
public sealed record EndToEndRun(GenerationResponse Generation, double ElapsedMs);
