using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// The floor: nothing but ONNX Runtime's Run on a batch of 2, once per step, with every input and output an OrtValue
/// allocated once. No sampler arithmetic, no copies in or out; only the two timesteps change between runs, falling
/// as the sampler's do (the sample stays the starting noise: the network's cost does not depend on its values).
/// </summary>
public sealed class BareRunFloor : IClipVariant
{
    private const int Batch = 2;

    private static readonly string[] InputNames = ["sample", "timestep", "tokens"];
    private static readonly string[] OutputNames = ["denoised"];

    private readonly InferenceSession _session;
    private readonly ClipPrompt _prompt;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _sample;
    private readonly float[] _timesteps = new float[Batch];
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    public BareRunFloor(string name, InferenceSession session, ClipTensorShape shape, ClipPrompt prompt)
    {
        Name = name;
        _session = session;
        _prompt = prompt;
        _sample = new float[Batch * shape.ElementCount];
        long[] tokens = [.. prompt.Tokens, .. prompt.NegativeTokens];
        _inputs =
        [
            OrtValue.CreateTensorValueFromMemory(_sample, shape.BatchDimensions(Batch)),
            OrtValue.CreateTensorValueFromMemory(_timesteps, [Batch]),
            OrtValue.CreateTensorValueFromMemory(tokens, [Batch, prompt.Tokens.Length]),
        ];
        _outputs = [OrtValue.CreateTensorValueFromMemory(new float[Batch * shape.ElementCount], shape.BatchDimensions(Batch))];
    }

    public string Name { get; }

    public Task<ClipMeasurement> RunClipAsync(long seed)
    {
        var n = _sample.Length / Batch;
        SeededGaussianNoise.Fill(seed, _sample.AsSpan(0, n));
        _sample.AsSpan(0, n).CopyTo(_sample.AsSpan(n, n));
        var steps = _prompt.Steps;
        return ClipMeter.Measure(() =>
        {
            for (var i = 0; i < steps; i++)
            {
                _timesteps[0] = _timesteps[1] = 1f - (float)i / steps;
                _session.Run(_runOptions, InputNames, _inputs, OutputNames, _outputs);
            }
        });
    }

    public void Dispose()
    {
        foreach (var value in _inputs)
            value.Dispose();
        foreach (var value in _outputs)
            value.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
    }
}
