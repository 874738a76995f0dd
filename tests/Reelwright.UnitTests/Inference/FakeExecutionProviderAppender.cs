using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;

namespace Reelwright.UnitTests.Inference;

/// <summary>Plays a machine whose ONNX Runtime lists some providers and fails to register some of them.</summary>
internal sealed class FakeExecutionProviderAppender(IReadOnlyCollection<string> available, IReadOnlyDictionary<string, Exception>? failures = null)
    : IExecutionProviderAppender
{
    public List<string> Appended { get; } = [];

    public IReadOnlyCollection<string> AvailableProviders() => available;

    public void Append(SessionOptions options, string provider)
    {
        if (failures is not null && failures.TryGetValue(provider, out var failure))
            throw failure;
        Appended.Add(provider);
    }
}
