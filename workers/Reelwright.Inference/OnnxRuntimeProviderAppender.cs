using Microsoft.ML.OnnxRuntime;

namespace Reelwright.Inference;

/// <summary>
/// Asks the real ONNX Runtime. Appending is where a provider that is listed but unusable fails: a CPU-only native
/// library lacks the DirectML/CUDA entry points (<see cref="EntryPointNotFoundException"/>), and a GPU build
/// without its driver or CUDA libraries throws <see cref="OnnxRuntimeException"/>.
/// </summary>
public sealed class OnnxRuntimeProviderAppender : IExecutionProviderAppender
{
    // Device 0 is the only GPU the worker uses; one worker process per GPU scales out.
    private const int DeviceId = 0;

    public IReadOnlyCollection<string> AvailableProviders() => OrtEnv.Instance().GetAvailableProviders();

    public void Append(SessionOptions options, string provider)
    {
        switch (provider)
        {
            case ExecutionProviderNames.Cpu:
                // Always registered last by ONNX Runtime itself; nothing to add.
                break;
            case ExecutionProviderNames.Cuda:
                options.AppendExecutionProvider_CUDA(DeviceId);
                break;
            case ExecutionProviderNames.DirectML:
                options.AppendExecutionProvider_DML(DeviceId);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a known execution provider.");
        }
    }
}
