using Microsoft.ML.OnnxRuntime;

namespace Reelwright.UnitTests.TestModels;

/// <summary>One output of a model run, copied out of ONNX Runtime's memory.</summary>
internal sealed record TinyModelOutput(float[] Values, long[] Shape);

/// <summary>Runs a tiny model once on arrays and returns every output, in the model's output order.</summary>
internal static class TinyModelRun
{
    public static (string Name, OrtValue Value) Tensor<T>(string name, T[] values, params long[] shape) where T : unmanaged =>
        (name, OrtValue.CreateTensorValueFromMemory(values, shape));

    public static TinyModelOutput[] Run(InferenceSession session, params (string Name, OrtValue Value)[] inputs)
    {
        try
        {
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, [.. inputs.Select(input => input.Name)], [.. inputs.Select(input => input.Value)], session.OutputNames);
            return [.. outputs.Select(output => new TinyModelOutput(output.GetTensorDataAsSpan<float>().ToArray(), output.GetTensorTypeAndShape().Shape))];
        }
        finally
        {
            foreach (var input in inputs)
                input.Value.Dispose();
        }
    }
}
