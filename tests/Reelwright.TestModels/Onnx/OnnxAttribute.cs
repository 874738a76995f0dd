namespace Reelwright.TestModels.Onnx;

/// <summary>A node attribute (<c>AttributeProto</c>): only the kinds the tiny models need.</summary>
public sealed class OnnxAttribute
{
    // AttributeProto.AttributeType values from the spec.
    private const int FloatType = 1;
    private const int IntType = 2;
    private const int IntsType = 7;

    // AttributeProto field numbers.
    private const int NameField = 1;
    private const int FloatField = 2;
    private const int IntField = 3;
    private const int IntsField = 8;
    private const int TypeField = 20;

    private readonly Action<ProtoMessageWriter> _writeValue;

    private OnnxAttribute(string name, Action<ProtoMessageWriter> writeValue) => (Name, _writeValue) = (name, writeValue);

    public string Name { get; }

    public static OnnxAttribute Int(string name, long value) =>
        new(name, message => message.Int64(IntField, value).Int32(TypeField, IntType));

    public static OnnxAttribute Ints(string name, params long[] values) =>
        new(name, message => message.Int64s(IntsField, values).Int32(TypeField, IntsType));

    public static OnnxAttribute Float(string name, float value) =>
        new(name, message => message.Float(FloatField, value).Int32(TypeField, FloatType));

    internal ProtoMessageWriter ToMessage()
    {
        var message = new ProtoMessageWriter().String(NameField, Name);
        _writeValue(message);
        return message;
    }
}
