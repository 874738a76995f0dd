using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// The export's unet: predicts the noise in a latent at a timestep, given the text's hidden states. Guidance needs a
/// prediction without the prompt and one with it; where the export's batch is free both run as one batch of 2,
/// otherwise one after the other. Inputs and outputs wrap arrays allocated once, reused for every step.
/// </summary>
internal sealed class UnetNetwork : IDisposable
{
    private const string SampleInput = "sample";
    private const string TimestepInput = "timestep";
    private const string HiddenInput = "encoder_hidden_states";
    private const string NoiseOutput = "out_sample";
    private const int LatentChannels = 4;

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly int _batch;
    private readonly int _latentLength;
    private readonly int _hiddenLength;
    private readonly float[] _sample;
    private readonly float[] _hidden;
    private readonly float[] _noise;
    private readonly float[]? _floatTimesteps;
    private readonly long[]? _longTimesteps;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    private UnetNetwork(InferenceSession session, int batch, LatentShape latent, int positions, int hiddenSize, NodeMetadata timestep)
    {
        _session = session;
        _batch = batch;
        _latentLength = latent.ElementCount;
        _hiddenLength = positions * hiddenSize;
        _sample = new float[batch * _latentLength];
        _hidden = new float[batch * _hiddenLength];
        _noise = new float[batch * _latentLength];

        // Exports give the timestep as a scalar, as one value for the whole batch, or one value per sample.
        long[] timestepShape = timestep.Dimensions switch
        {
            [] => [],
            [1] => [1],
            _ => [batch],
        };
        var timestepCount = timestepShape.Length == 0 ? 1 : (int)timestepShape[0];
        OrtValue timestepValue;
        if (timestep.ElementDataType == TensorElementType.Int64)
        {
            _longTimesteps = new long[timestepCount];
            timestepValue = OrtValue.CreateTensorValueFromMemory(_longTimesteps, timestepShape);
        }
        else
        {
            _floatTimesteps = new float[timestepCount];
            timestepValue = OrtValue.CreateTensorValueFromMemory(_floatTimesteps, timestepShape);
        }

        // These OrtValues pin the arrays for their lifetime; writing the arrays changes what the next Run sees.
        _inputs =
        [
            OrtValue.CreateTensorValueFromMemory(_sample, latent.BatchDimensions(batch)),
            timestepValue,
            OrtValue.CreateTensorValueFromMemory(_hidden, [batch, positions, hiddenSize]),
        ];
        _outputs = [OrtValue.CreateTensorValueFromMemory(_noise, latent.BatchDimensions(batch))];
    }

    /// <summary>Takes ownership of the session, disposing it when the network does not fit.</summary>
    /// <param name="hiddenSize">The text encoder's hidden size, which the UNet's cross-attention must take.</param>
    /// <exception cref="ModelLayoutException">The inputs or outputs are not those of a Stable Diffusion UNet export of this size.</exception>
    public static UnetNetwork Create(InferenceSession session, string modelId, LatentShape latent, int positions, int hiddenSize)
    {
        try
        {
            var signature = new NetworkSignature("unet", session);
            var sample = signature.Input(SampleInput, [TensorElementType.Float], rank: 4);
            RequireLatent(signature, sample, SampleInput, latent);
            var timestep = session.InputMetadata.TryGetValue(TimestepInput, out var t) && t.Dimensions.Length == 0
                ? signature.Input(TimestepInput, [TensorElementType.Int64, TensorElementType.Float], rank: 0)
                : signature.Input(TimestepInput, [TensorElementType.Int64, TensorElementType.Float], rank: 1);
            var hidden = signature.Input(HiddenInput, [TensorElementType.Float], rank: 3);
            signature.RequireDimension(hidden, HiddenInput, 1, positions, "positions");
            signature.RequireDimension(hidden, HiddenInput, 2, hiddenSize, "values per position (the text encoder's hidden size)");
            signature.RequireNoOtherInputs(SampleInput, TimestepInput, HiddenInput);
            var noise = signature.Output(NoiseOutput, [TensorElementType.Float], rank: 4);
            RequireLatent(signature, noise, NoiseOutput, latent);
            signature.ThrowIfProblems(modelId);

            // A batch fixed at 1 runs the two halves of guidance one after the other.
            var batch = sample!.Dimensions[0] == 1 ? 1 : 2;
            return new UnetNetwork(session, batch, latent, positions, hiddenSize, timestep!);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>The noise predicted in <paramref name="latent"/> (already scaled for the model input) without and with the prompt.</summary>
    public void Predict(
        ReadOnlySpan<float> latent,
        double timestep,
        ReadOnlySpan<float> unconditionalHidden,
        ReadOnlySpan<float> conditionalHidden,
        Span<float> unconditionalNoise,
        Span<float> conditionalNoise)
    {
        SetTimestep(timestep);
        for (var batch = 0; batch < _batch; batch++)
            latent.CopyTo(_sample.AsSpan(batch * _latentLength, _latentLength));

        if (_batch == 2)
        {
            unconditionalHidden.CopyTo(_hidden.AsSpan(0, _hiddenLength));
            conditionalHidden.CopyTo(_hidden.AsSpan(_hiddenLength, _hiddenLength));
            Run();
            _noise.AsSpan(0, _latentLength).CopyTo(unconditionalNoise);
            _noise.AsSpan(_latentLength, _latentLength).CopyTo(conditionalNoise);
            return;
        }

        unconditionalHidden.CopyTo(_hidden);
        Run();
        _noise.CopyTo(unconditionalNoise);
        conditionalHidden.CopyTo(_hidden);
        Run();
        _noise.CopyTo(conditionalNoise);
    }

    public void Dispose()
    {
        foreach (var value in _inputs.Concat(_outputs))
            value.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
    }

    private static void RequireLatent(NetworkSignature signature, NodeMetadata? node, string name, LatentShape latent)
    {
        signature.RequireDimension(node, name, 1, LatentChannels, "channels");
        signature.RequireDimension(node, name, 2, latent.Height, "latent rows (the manifest's height / 8)");
        signature.RequireDimension(node, name, 3, latent.Width, "latent columns (the manifest's width / 8)");
    }

    private void SetTimestep(double timestep)
    {
        if (_longTimesteps is not null)
            Array.Fill(_longTimesteps, (long)Math.Round(timestep));
        else
            Array.Fill(_floatTimesteps!, (float)timestep);
    }

    private void Run() => _session.Run(_runOptions, [SampleInput, TimestepInput, HiddenInput], _inputs, [NoiseOutput], _outputs);
}
