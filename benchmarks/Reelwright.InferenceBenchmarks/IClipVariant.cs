namespace Reelwright.InferenceBenchmarks;

/// <summary>One way of making a clip with the built-in model, measured side by side with the others.</summary>
public interface IClipVariant : IDisposable
{
    string Name { get; }

    /// <summary>Makes one clip with the model's default steps and guidance from the seed's noise.</summary>
    Task<ClipMeasurement> RunClipAsync(long seed);
}
