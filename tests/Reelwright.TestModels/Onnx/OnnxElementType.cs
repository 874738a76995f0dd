namespace Reelwright.TestModels.Onnx;

/// <summary>The ONNX <c>TensorProto.DataType</c> values the tiny models use; the numbers are the spec's.</summary>
public enum OnnxElementType
{
    Float = 1,
    Int32 = 6,
    Int64 = 7,
}
