using Reelwright.TestModels.Onnx;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// A VAE decoder in shape only: a transposed convolution turns each latent pixel into an 8×8 block of colour
/// (kernel and stride 8, so blocks never overlap), then Tanh keeps the image in [-1, 1] as a real decoder's is.
/// </summary>
internal static class TinyVaeDecoder
{
    public static byte[] Build(TinyStableDiffusionOptions options)
    {
        const int LatentChannels = TinyStableDiffusionExport.LatentChannels;
        const int Scale = TinyStableDiffusionExport.VaeScaleFactor;
        var channels = options.VaeOutputChannels;

        return new OnnxGraphBuilder("tiny_vae_decoder")
            .Input("latent_sample", OnnxElementType.Float, "batch", LatentChannels, options.LatentHeight, options.LatentWidth)
            .Output("sample", OnnxElementType.Float, "batch", channels, options.Height, options.Width)
            .Initializer("upsample_weight", DeterministicWeights.Sine(LatentChannels * channels * Scale * Scale, amplitude: 0.08, frequency: 0.37), LatentChannels, channels, Scale, Scale)
            .Initializer("upsample_bias", DeterministicWeights.Sine(channels, amplitude: 0.1, frequency: 2.1), channels)
            .Node("ConvTranspose", ["latent_sample", "upsample_weight", "upsample_bias"], ["upsampled"],
                OnnxAttribute.Ints("kernel_shape", Scale, Scale), OnnxAttribute.Ints("strides", Scale, Scale))
            .Node("Tanh", ["upsampled"], ["sample"])
            .ToBytes();
    }
}
