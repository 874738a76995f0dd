namespace Reelwright.Inference;

/// <summary>
/// The execution providers Reelwright knows how to use, by the short names used in configuration and reports,
/// and how ONNX Runtime itself names them.
/// </summary>
public static class ExecutionProviderNames
{
    public const string Cpu = "CPU";
    public const string Cuda = "CUDA";
    public const string DirectML = "DirectML";

    /// <summary>The short name for a configured name (case-insensitive; "DML" is accepted for DirectML), or null when unknown.</summary>
    public static string? Canonical(string configuredName) => configuredName.Trim().ToUpperInvariant() switch
    {
        "CPU" => Cpu,
        "CUDA" => Cuda,
        "DIRECTML" or "DML" => DirectML,
        _ => null,
    };

    /// <summary>The name <c>OrtEnv.GetAvailableProviders()</c> lists for a provider.</summary>
    public static string OnnxRuntimeName(string provider) => provider switch
    {
        Cpu => "CPUExecutionProvider",
        Cuda => "CUDAExecutionProvider",
        DirectML => "DmlExecutionProvider",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a known execution provider."),
    };
}
