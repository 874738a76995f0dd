namespace Reelwright.InferenceBenchmarks;

/// <summary>One clip: wall-clock time and the managed bytes allocated by the whole process meanwhile.</summary>
public readonly record struct ClipMeasurement(double Milliseconds, long AllocatedBytes);
