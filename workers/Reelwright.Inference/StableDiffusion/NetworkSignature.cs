using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// Checks one network of an export against what the pipeline feeds it, collecting every mismatch in words. Exports
/// differ in details (int32 or int64 ids, float or int64 timesteps, free or fixed batch), so each check names the
/// element types it accepts and which dimensions it requires; a free dimension (-1 or 0 in ONNX Runtime's metadata)
/// always fits.
/// </summary>
internal sealed class NetworkSignature(string network, InferenceSession session)
{
    private readonly List<string> _problems = [];

    /// <summary>The input's metadata when it exists with an accepted element type and rank; null (and a problem noted) otherwise.</summary>
    public NodeMetadata? Input(string name, TensorElementType[] types, int rank) => Require(session.InputMetadata, "input", name, types, rank);

    public NodeMetadata? Output(string name, TensorElementType[] types, int rank) => Require(session.OutputMetadata, "output", name, types, rank);

    /// <summary>Notes a problem when a fixed dimension differs from the expected size.</summary>
    public void RequireDimension(NodeMetadata? node, string name, int index, int expected, string meaning)
    {
        if (node is null || index >= node.Dimensions.Length)
            return;
        var actual = node.Dimensions[index];
        if (actual > 0 && actual != expected)
            _problems.Add($"{network} '{name}' has {actual} {meaning}, expected {expected}");
    }

    /// <summary>Inputs the pipeline does not feed would make every Run fail; name them now.</summary>
    public void RequireNoOtherInputs(params string[] fed)
    {
        var extra = session.InputMetadata.Keys.Except(fed, StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
            _problems.Add($"{network} has inputs this pipeline does not feed: {string.Join(", ", extra)}");
    }

    public void ThrowIfProblems(string modelId)
    {
        if (_problems.Count > 0)
            throw new ModelLayoutException($"Model '{modelId}' is not a Stable Diffusion export this pipeline can run: {string.Join("; ", _problems)}.");
    }

    private NodeMetadata? Require(IReadOnlyDictionary<string, NodeMetadata> metadata, string kind, string name, TensorElementType[] types, int rank)
    {
        if (!metadata.TryGetValue(name, out var node))
        {
            _problems.Add($"{network} has no {kind} '{name}' (it has {string.Join(", ", metadata.Keys)})");
            return null;
        }

        if (!types.Contains(node.ElementDataType) || node.Dimensions.Length != rank)
        {
            var accepted = string.Join(" or ", types);
            var hint = node.ElementDataType == TensorElementType.Float16 ? " (float16 exports are not supported; export in float32)" : "";
            _problems.Add($"{network} {kind} '{name}' is {node.ElementDataType}[{string.Join(",", node.Dimensions)}], expected {accepted} of rank {rank}{hint}");
            return null;
        }

        return node;
    }
}
