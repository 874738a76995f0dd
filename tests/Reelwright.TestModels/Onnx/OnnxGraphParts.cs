namespace Reelwright.TestModels.Onnx;

// What OnnxGraphBuilder collects, in the shape OnnxProtoWriter encodes.

internal sealed record OnnxValueInfo(string Name, OnnxElementType ElementType, IReadOnlyList<OnnxDimension> Dimensions);

/// <param name="LittleEndianData">The values as the spec's <c>raw_data</c>: fixed-width, little-endian.</param>
internal sealed record OnnxInitializer(string Name, OnnxElementType ElementType, IReadOnlyList<long> Dimensions, byte[] LittleEndianData);

internal sealed record OnnxNode(string Name, string OpType, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, IReadOnlyList<OnnxAttribute> Attributes);
