namespace Reelwright.Models;

/// <summary>The sampler settings a clip gets when the user leaves them out.</summary>
public sealed record SamplingDefaults(int Steps, double Guidance);
