namespace Reelwright.Inference;

/// <summary>Where a session's optimised graph came from, which decides how long the session took to create.</summary>
public enum OptimizedGraphSource
{
    /// <summary>ONNX Runtime optimised the model while loading it, and the result was not cached (cache off or not writable).</summary>
    OptimizedAtLoad,

    /// <summary>Optimised while loading, and the result written to the cache for the next start.</summary>
    OptimizedAtLoadAndCached,

    /// <summary>The cached optimised graph was loaded with graph optimisations off.</summary>
    LoadedFromCache,
}
