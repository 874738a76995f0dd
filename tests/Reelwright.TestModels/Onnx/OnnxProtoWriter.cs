namespace Reelwright.TestModels.Onnx;

/// <summary>
/// Encodes a graph as an ONNX <c>ModelProto</c>. The field numbers are those of onnx.proto (the ONNX spec);
/// writing them by hand keeps protoc and a copy of onnx.proto out of the build.
/// </summary>
internal static class OnnxProtoWriter
{
    public static byte[] Model(string graphName, long irVersion, long opsetVersion, string producerName,
        IReadOnlyList<OnnxValueInfo> inputs, IReadOnlyList<OnnxValueInfo> outputs,
        IReadOnlyList<OnnxInitializer> initializers, IReadOnlyList<OnnxNode> nodes)
    {
        const int IrVersionField = 1, ProducerNameField = 2, GraphField = 7, OpsetImportField = 8;
        const int OpsetDomainField = 1, OpsetVersionField = 2;

        // An empty domain is the default ONNX operator set ("ai.onnx").
        var opset = new ProtoMessageWriter().String(OpsetDomainField, "").Int64(OpsetVersionField, opsetVersion);
        return new ProtoMessageWriter()
            .Int64(IrVersionField, irVersion)
            .String(ProducerNameField, producerName)
            .Message(GraphField, Graph(graphName, inputs, outputs, initializers, nodes))
            .Message(OpsetImportField, opset)
            .ToArray();
    }

    private static ProtoMessageWriter Graph(string name, IReadOnlyList<OnnxValueInfo> inputs, IReadOnlyList<OnnxValueInfo> outputs,
        IReadOnlyList<OnnxInitializer> initializers, IReadOnlyList<OnnxNode> nodes)
    {
        const int NodeField = 1, NameField = 2, InitializerField = 5, InputField = 11, OutputField = 12;

        var graph = new ProtoMessageWriter();
        foreach (var node in nodes)
            graph.Message(NodeField, Node(node));
        graph.String(NameField, name);
        foreach (var initializer in initializers)
            graph.Message(InitializerField, Tensor(initializer));
        foreach (var input in inputs)
            graph.Message(InputField, ValueInfo(input));
        foreach (var output in outputs)
            graph.Message(OutputField, ValueInfo(output));
        return graph;
    }

    private static ProtoMessageWriter Node(OnnxNode node)
    {
        const int InputField = 1, OutputField = 2, NameField = 3, OpTypeField = 4, AttributeField = 5;

        var message = new ProtoMessageWriter();
        foreach (var input in node.Inputs)
            message.String(InputField, input);
        foreach (var output in node.Outputs)
            message.String(OutputField, output);
        message.String(NameField, node.Name).String(OpTypeField, node.OpType);
        foreach (var attribute in node.Attributes)
            message.Message(AttributeField, attribute.ToMessage());
        return message;
    }

    private static ProtoMessageWriter Tensor(OnnxInitializer initializer)
    {
        const int DimsField = 1, DataTypeField = 2, NameField = 8, RawDataField = 9;

        return new ProtoMessageWriter()
            .Int64s(DimsField, initializer.Dimensions)
            .Int32(DataTypeField, (int)initializer.ElementType)
            .String(NameField, initializer.Name)
            .Bytes(RawDataField, initializer.LittleEndianData);
    }

    private static ProtoMessageWriter ValueInfo(OnnxValueInfo value)
    {
        const int NameField = 1, TypeField = 2;
        const int TypeTensorField = 1;
        const int TensorElementTypeField = 1, TensorShapeField = 2;
        const int ShapeDimensionField = 1;
        const int DimensionValueField = 1, DimensionParamField = 2;

        var shape = new ProtoMessageWriter();
        foreach (var dimension in value.Dimensions)
        {
            var dim = dimension.Name is { } name
                ? new ProtoMessageWriter().String(DimensionParamField, name)
                : new ProtoMessageWriter().Int64(DimensionValueField, dimension.Size!.Value);
            shape.Message(ShapeDimensionField, dim);
        }

        var tensorType = new ProtoMessageWriter()
            .Int32(TensorElementTypeField, (int)value.ElementType)
            .Message(TensorShapeField, shape);
        return new ProtoMessageWriter()
            .String(NameField, value.Name)
            .Message(TypeField, new ProtoMessageWriter().Message(TypeTensorField, tensorType));
    }
}
