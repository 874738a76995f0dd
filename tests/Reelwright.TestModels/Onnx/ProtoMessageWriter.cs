using Google.Protobuf;

namespace Reelwright.TestModels.Onnx;

/// <summary>
/// Writes one protobuf message field by field. Nested messages are written to their own buffer first, because
/// the wire format puts a message's length before its bytes.
/// </summary>
internal sealed class ProtoMessageWriter
{
    private readonly MemoryStream _buffer = new();
    private readonly CodedOutputStream _output;

    public ProtoMessageWriter() => _output = new CodedOutputStream(_buffer, leaveOpen: true);

    public ProtoMessageWriter Int64(int field, long value)
    {
        _output.WriteTag(field, WireFormat.WireType.Varint);
        _output.WriteInt64(value);
        return this;
    }

    /// <summary>A repeated int64, unpacked: onnx.proto is proto2 and declares <c>dims</c> and <c>ints</c> without <c>packed</c>.</summary>
    public ProtoMessageWriter Int64s(int field, IEnumerable<long> values)
    {
        foreach (var value in values)
            Int64(field, value);
        return this;
    }

    public ProtoMessageWriter Int32(int field, int value)
    {
        _output.WriteTag(field, WireFormat.WireType.Varint);
        _output.WriteInt32(value);
        return this;
    }

    public ProtoMessageWriter Float(int field, float value)
    {
        _output.WriteTag(field, WireFormat.WireType.Fixed32);
        _output.WriteFloat(value);
        return this;
    }

    public ProtoMessageWriter String(int field, string value)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteString(value);
        return this;
    }

    public ProtoMessageWriter Bytes(int field, byte[] value)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteBytes(UnsafeByteOperations.UnsafeWrap(value));
        return this;
    }

    public ProtoMessageWriter Message(int field, ProtoMessageWriter message) => Bytes(field, message.ToArray());

    public byte[] ToArray()
    {
        _output.Flush();
        return _buffer.ToArray();
    }
}
