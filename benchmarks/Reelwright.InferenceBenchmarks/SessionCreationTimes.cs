namespace Reelwright.InferenceBenchmarks;

/// <summary>Median milliseconds to create the model's session each way, and the size of the cached graph.</summary>
public sealed record SessionCreationTimes(double NoCacheMs, double ColdMs, double CachedMs, long CachedFileBytes);
