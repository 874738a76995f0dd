using System.Buffers.Binary;

namespace Reelwright.TestModels.Onnx;

/// <summary>
/// Builds a small ONNX model (IR version 8, default operator set 17) in memory: declare the inputs, outputs and
/// constant weights, add the nodes in topological order, then <see cref="ToBytes"/> or <see cref="Save"/>.
/// </summary>
/// <example><code>
/// new OnnxGraphBuilder("double")
///     .Input("x", OnnxElementType.Float, "batch", 4)
///     .Output("y", OnnxElementType.Float, "batch", 4)
///     .Initializer("two", [2f])
///     .Node("Mul", ["x", "two"], ["y"])
///     .Save("double.onnx");
/// </code></example>
public sealed class OnnxGraphBuilder(string graphName)
{
    public const long IrVersion = 8;
    public const long OpsetVersion = 17;
    public const string ProducerName = "Reelwright.TestModels";

    private readonly List<OnnxValueInfo> _inputs = [];
    private readonly List<OnnxValueInfo> _outputs = [];
    private readonly List<OnnxInitializer> _initializers = [];
    private readonly List<OnnxNode> _nodes = [];

    public OnnxGraphBuilder Input(string name, OnnxElementType elementType, params OnnxDimension[] dimensions)
    {
        _inputs.Add(new(name, elementType, dimensions));
        return this;
    }

    public OnnxGraphBuilder Output(string name, OnnxElementType elementType, params OnnxDimension[] dimensions)
    {
        _outputs.Add(new(name, elementType, dimensions));
        return this;
    }

    /// <param name="dimensions">None for a scalar.</param>
    public OnnxGraphBuilder Initializer(string name, float[] values, params long[] dimensions)
    {
        RequireElementCount(name, values.Length, dimensions);
        var data = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * sizeof(float)), values[i]);
        _initializers.Add(new(name, OnnxElementType.Float, dimensions, data));
        return this;
    }

    /// <summary>An int64 constant, such as the target shape of a Reshape.</summary>
    /// <param name="dimensions">None for a scalar.</param>
    public OnnxGraphBuilder Initializer(string name, long[] values, params long[] dimensions)
    {
        RequireElementCount(name, values.Length, dimensions);
        var data = new byte[values.Length * sizeof(long)];
        for (var i = 0; i < values.Length; i++)
            BinaryPrimitives.WriteInt64LittleEndian(data.AsSpan(i * sizeof(long)), values[i]);
        _initializers.Add(new(name, OnnxElementType.Int64, dimensions, data));
        return this;
    }

    public OnnxGraphBuilder Node(string opType, string[] inputs, string[] outputs, params OnnxAttribute[] attributes)
    {
        _nodes.Add(new($"{opType}_{_nodes.Count}", opType, inputs, outputs, attributes));
        return this;
    }

    public byte[] ToBytes() =>
        OnnxProtoWriter.Model(graphName, IrVersion, OpsetVersion, ProducerName, _inputs, _outputs, _initializers, _nodes);

    public void Save(string path) => File.WriteAllBytes(path, ToBytes());

    private static void RequireElementCount(string name, int count, long[] dimensions)
    {
        var expected = dimensions.Aggregate(1L, (product, dimension) => product * dimension);
        if (count != expected)
            throw new ArgumentException(
                $"Initializer '{name}' has {count} values but shape [{string.Join(", ", dimensions)}] holds {expected}.", nameof(dimensions));
    }
}
