using Microsoft.ML.OnnxRuntime;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Guidance batched and every tensor pre-allocated, but run with <c>Run(names, values)</c>, which marshals the names
/// and handles into fresh arrays at every call: the product's denoiser before it bound its tensors once.
/// </summary>
public sealed class PreallocatedRunDenoiser : IClipDenoiser, IDisposable
{
    private const int Batch = 2;

    private static readonly string[] InputNames = ["sample", "timestep", "tokens"];
    private static readonly string[] OutputNames = ["denoised"];

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _sample;
    private readonly float[] _timesteps = new float[Batch];
    private readonly long[] _tokens;
    private readonly float[] _denoised;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    public PreallocatedRunDenoiser(InferenceSession session, ClipTensorShape shape, int maxTokens)
    {
        _session = session;
        Shape = shape;
        MaxTokens = maxTokens;
        _sample = new float[Batch * shape.ElementCount];
        _tokens = new long[Batch * maxTokens];
        _denoised = new float[Batch * shape.ElementCount];
        _inputs =
        [
            OrtValue.CreateTensorValueFromMemory(_sample, shape.BatchDimensions(Batch)),
            OrtValue.CreateTensorValueFromMemory(_timesteps, [Batch]),
            OrtValue.CreateTensorValueFromMemory(_tokens, [Batch, maxTokens]),
        ];
        _outputs = [OrtValue.CreateTensorValueFromMemory(_denoised, shape.BatchDimensions(Batch))];
    }

    public ClipTensorShape Shape { get; }

    public int MaxTokens { get; }

    public void Denoise(
        ReadOnlySpan<float> sample,
        float timestep,
        ReadOnlySpan<long> promptTokens,
        ReadOnlySpan<long> negativeTokens,
        Span<float> denoisedPrompt,
        Span<float> denoisedNegative)
    {
        var n = Shape.ElementCount;
        sample.CopyTo(_sample.AsSpan(0, n));
        sample.CopyTo(_sample.AsSpan(n, n));
        _timesteps[0] = _timesteps[1] = timestep;
        promptTokens.CopyTo(_tokens.AsSpan(0, MaxTokens));
        negativeTokens.CopyTo(_tokens.AsSpan(MaxTokens, MaxTokens));

        _session.Run(_runOptions, InputNames, _inputs, OutputNames, _outputs);

        _denoised.AsSpan(0, n).CopyTo(denoisedPrompt);
        _denoised.AsSpan(n, n).CopyTo(denoisedNegative);
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
