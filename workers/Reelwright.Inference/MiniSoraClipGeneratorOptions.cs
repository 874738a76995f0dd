namespace Reelwright.Inference;

/// <summary>How a <see cref="MiniSoraClipGenerator"/> loads its model; the defaults are what a worker wants.</summary>
public sealed record MiniSoraClipGeneratorOptions
{
    /// <summary>
    /// Keep ONNX Runtime's optimised graph on disk so later starts skip graph optimisation (see
    /// <see cref="OptimizedModelCache"/>). Off means optimising at every start and writing nothing.
    /// </summary>
    public bool CacheOptimizedModel { get; init; } = true;

    /// <summary>Where the optimised graphs go; null for the model's own folder (<see cref="OptimizedModelCache.DefaultDirectory"/>).</summary>
    public string? OptimizedModelCacheDirectory { get; init; }
}
