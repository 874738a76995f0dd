using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Reelwright.Inference;

/// <summary>
/// The network behind one <see cref="InferenceSession"/>, created once and reused for every step of every clip.
/// Guidance runs the conditional and unconditional halves as one batch of 2, which costs far less than two runs.
/// Input and output tensors wrap arrays allocated here once and are bound to the session once (an
/// <see cref="OrtIoBinding"/>), so on the CPU a step allocates nothing at all; the price is that one instance runs one
/// step at a time (DirectML demands that of a session anyway), so callers serialize.
/// </summary>
public sealed class OnnxClipDenoiser : IClipDenoiser, IDisposable
{
    private const string SampleInput = "sample";
    private const string TimestepInput = "timestep";
    private const string TokensInput = "tokens";
    private const string DenoisedOutput = "denoised";
    private const int Batch = 2;

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _sample;
    private readonly float[] _timesteps = new float[Batch];
    private readonly long[] _tokens;
    private readonly float[] _denoised;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue _output;
    private readonly OrtIoBinding _binding;
    private readonly bool _rebindInputsEachRun;

    private OnnxClipDenoiser(InferenceSession session, ClipTensorShape shape, int maxTokens, string? executionProvider)
    {
        _session = session;
        Shape = shape;
        MaxTokens = maxTokens;
        _sample = new float[Batch * shape.ElementCount];
        _tokens = new long[Batch * maxTokens];
        _denoised = new float[Batch * shape.ElementCount];
        // These OrtValues pin the arrays for their lifetime; writing the arrays changes what the next Run sees.
        _inputs =
        [
            OrtValue.CreateTensorValueFromMemory(_sample, shape.BatchDimensions(Batch)),
            OrtValue.CreateTensorValueFromMemory(_timesteps, [Batch]),
            OrtValue.CreateTensorValueFromMemory(_tokens, [Batch, maxTokens]),
        ];
        _output = OrtValue.CreateTensorValueFromMemory(_denoised, shape.BatchDimensions(Batch));

        // Run(names, values) marshals names and handles into fresh arrays at every call (about 256 bytes); running
        // a binding allocates nothing. But ONNX Runtime copies an input to the provider's device when it is bound,
        // not when it runs, so only where inputs stay in these arrays (the CPU) may they be bound once.
        _rebindInputsEachRun = executionProvider != ExecutionProviderNames.Cpu;
        _binding = session.CreateIoBinding();
        BindInputs();
        _binding.BindOutput(DenoisedOutput, _output);
    }

    public ClipTensorShape Shape { get; }

    public int MaxTokens { get; }

    /// <summary>Loads the network; the options (see <see cref="DenoiserSessionOptions"/>) are only read, the caller still owns them.</summary>
    /// <exception cref="InvalidOperationException">The model's inputs or outputs are not those of a MiniSora network of this shape.</exception>
    /// <param name="executionProvider">The provider the options register (<see cref="ExecutionProviderNames"/>); null when unknown, which is safe but binds the inputs again before every run.</param>
    public static OnnxClipDenoiser Load(string modelPath, SessionOptions options, ClipTensorShape shape, int maxTokens, string? executionProvider = null) =>
        Create(new InferenceSession(modelPath, options), modelPath, shape, maxTokens, executionProvider);

    /// <summary>Wraps a session created elsewhere (from the optimised-model cache, say), which the denoiser then owns and disposes, even when this throws.</summary>
    /// <param name="modelPath">Names the model in error messages.</param>
    /// <param name="executionProvider">The provider the session runs on; null when unknown (see <see cref="Load"/>).</param>
    /// <exception cref="InvalidOperationException">The model's inputs or outputs are not those of a MiniSora network of this shape.</exception>
    public static OnnxClipDenoiser Create(InferenceSession session, string modelPath, ClipTensorShape shape, int maxTokens, string? executionProvider = null)
    {
        try
        {
            RequireSignature(session, modelPath, shape, maxTokens);
            return new OnnxClipDenoiser(session, shape, maxTokens, executionProvider);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

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
        _timesteps[0] = timestep;
        _timesteps[1] = timestep;
        promptTokens.CopyTo(_tokens.AsSpan(0, MaxTokens));
        negativeTokens.CopyTo(_tokens.AsSpan(MaxTokens, MaxTokens));

        if (_rebindInputsEachRun)
            BindInputs();
        _session.RunWithBinding(_runOptions, _binding);

        _denoised.AsSpan(0, n).CopyTo(denoisedPrompt);
        _denoised.AsSpan(n, n).CopyTo(denoisedNegative);
    }

    public void Dispose()
    {
        _binding.Dispose();
        foreach (var value in _inputs)
            value.Dispose();
        _output.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
    }

    private void BindInputs()
    {
        _binding.BindInput(SampleInput, _inputs[0]);
        _binding.BindInput(TimestepInput, _inputs[1]);
        _binding.BindInput(TokensInput, _inputs[2]);
    }

    // A different export (renamed inputs, other resolution) would otherwise fail deep inside the first Run.
    private static void RequireSignature(InferenceSession session, string modelPath, ClipTensorShape shape, int maxTokens)
    {
        int[] clip = [-1, shape.Frames, shape.Channels, shape.Height, shape.Width];
        var problems = new List<string>();
        RequireTensor(problems, session.InputMetadata, SampleInput, TensorElementType.Float, clip);
        RequireTensor(problems, session.InputMetadata, TimestepInput, TensorElementType.Float, [-1]);
        RequireTensor(problems, session.InputMetadata, TokensInput, TensorElementType.Int64, [-1, maxTokens]);
        RequireTensor(problems, session.OutputMetadata, DenoisedOutput, TensorElementType.Float, clip);
        if (problems.Count > 0)
            throw new InvalidOperationException($"Model '{modelPath}' does not match its manifest: {string.Join("; ", problems)}.");
    }

    private static void RequireTensor(List<string> problems, IReadOnlyDictionary<string, NodeMetadata> metadata, string name, TensorElementType type, int[] dimensions)
    {
        if (!metadata.TryGetValue(name, out var node))
        {
            problems.Add($"it has no tensor '{name}' (it has {string.Join(", ", metadata.Keys)})");
            return;
        }

        // The batch dimension (-1 here) must be free, which ONNX Runtime reports as -1 or 0, or fixed at our batch of 2.
        var actual = node.Dimensions;
        var matches = node.ElementDataType == type && actual.Length == dimensions.Length &&
                      actual.Zip(dimensions).All(d => d.Second == -1 ? d.First is <= 0 or Batch : d.First == d.Second);
        if (!matches)
            problems.Add($"'{name}' is {node.ElementDataType}[{string.Join(",", actual)}], expected {type}[{string.Join(",", dimensions)}]");
    }
}
