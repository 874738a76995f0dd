using System.Reflection;
using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>Which ONNX Runtime native library this process runs: recorded with each clip and part of the optimised-model cache key.</summary>
public static class OnnxRuntimeBuild
{
    private static readonly Lazy<string> CurrentVersion = new(ReadVersion);

    /// <summary>e.g. "1.31.1".</summary>
    public static string Version => CurrentVersion.Value;

    private static string ReadVersion()
    {
        try
        {
            return OrtEnv.Instance().GetVersionString();
        }
        // Older native libraries lack the call; the managed package version is the next best answer.
        catch (Exception e) when (e is EntryPointNotFoundException or OnnxRuntimeException)
        {
            var assembly = typeof(InferenceSession).Assembly;
            return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                   ?? assembly.GetName().Version?.ToString()
                   ?? "unknown";
        }
    }
}
