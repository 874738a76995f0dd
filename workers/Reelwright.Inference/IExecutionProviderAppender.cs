using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>
/// The two questions the provider selection asks ONNX Runtime. Behind an interface so tests can play a machine
/// where, say, CUDA is compiled in but its libraries are missing, which this Linux CPU box cannot do for real.
/// </summary>
public interface IExecutionProviderAppender
{
    /// <summary>ONNX Runtime's names of the providers its native library was built with (not whether they work here).</summary>
    IReadOnlyCollection<string> AvailableProviders();

    /// <summary>Registers <paramref name="provider"/> (a <see cref="ExecutionProviderNames"/> value) on the options; throws when it cannot be used on this machine.</summary>
    void Append(SessionOptions options, string provider);
}
