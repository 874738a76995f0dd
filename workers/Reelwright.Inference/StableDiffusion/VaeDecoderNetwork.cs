using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>The export's vae_decoder: one latent in, one RGB image out ([3, height, width], values about [-1, 1]).</summary>
internal sealed class VaeDecoderNetwork : IDisposable
{
    private const string LatentInput = "latent_sample";
    private const string ImageOutput = "sample";

    private readonly InferenceSession _session;
    private readonly RunOptions _runOptions = new();
    private readonly float[] _latent;
    private readonly float[] _image;
    private readonly OrtValue[] _inputs;
    private readonly OrtValue[] _outputs;

    private VaeDecoderNetwork(InferenceSession session, LatentShape latent, int width, int height)
    {
        _session = session;
        _latent = new float[latent.ElementCount];
        _image = new float[3 * width * height];
        _inputs = [OrtValue.CreateTensorValueFromMemory(_latent, latent.BatchDimensions(1))];
        _outputs = [OrtValue.CreateTensorValueFromMemory(_image, [1, 3, height, width])];
    }

    /// <summary>Takes ownership of the session, disposing it when the network does not fit.</summary>
    /// <exception cref="ModelLayoutException">The inputs or outputs are not those of a VAE decoder export of this size.</exception>
    public static VaeDecoderNetwork Create(InferenceSession session, string modelId, LatentShape latent, int width, int height)
    {
        try
        {
            var signature = new NetworkSignature("vae_decoder", session);
            var input = signature.Input(LatentInput, [TensorElementType.Float], rank: 4);
            signature.RequireDimension(input, LatentInput, 1, latent.Channels, "channels");
            signature.RequireDimension(input, LatentInput, 2, latent.Height, "latent rows (the manifest's height / 8)");
            signature.RequireDimension(input, LatentInput, 3, latent.Width, "latent columns (the manifest's width / 8)");
            signature.RequireNoOtherInputs(LatentInput);
            var output = signature.Output(ImageOutput, [TensorElementType.Float], rank: 4);
            signature.RequireDimension(output, ImageOutput, 1, 3, "channels (RGB)");
            signature.RequireDimension(output, ImageOutput, 2, height, "rows (the manifest's height)");
            signature.RequireDimension(output, ImageOutput, 3, width, "columns (the manifest's width)");
            signature.ThrowIfProblems(modelId);
            return new VaeDecoderNetwork(session, latent, width, height);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <param name="latent">Already divided by the VAE's scaling factor.</param>
    /// <returns>The image's planes, valid until the next call.</returns>
    public ReadOnlySpan<float> Decode(ReadOnlySpan<float> latent)
    {
        latent.CopyTo(_latent);
        _session.Run(_runOptions, [LatentInput], _inputs, [ImageOutput], _outputs);
        return _image;
    }

    public void Dispose()
    {
        foreach (var value in _inputs.Concat(_outputs))
            value.Dispose();
        _runOptions.Dispose();
        _session.Dispose();
    }
}
