using Reelwright.TestModels.Onnx;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// A UNet in shape only. It predicts <c>sample + text term + channel bias + 1e-4·timestep</c> as the noise.
/// Taking the (scaled) sample itself as the noise is what a perfect noise predictor does while the noise dominates,
/// so a real sampler removes most of it and ends with latents of about ±3, which the VAE decodes without
/// saturating (with 0.3·sample, four Euler steps left latents near ±25 and two thirds of the pixels at ±1).
/// The text term (the prompt's mean hidden state projected onto the 4 latent channels) makes prompts and guidance
/// change the pixels; the timestep term keeps that input in the graph, as a real export needs it.
/// </summary>
internal static class TinyUnet
{
    public static byte[] Build(TinyStableDiffusionOptions options)
    {
        const int Channels = TinyStableDiffusionExport.LatentChannels;
        const int SequenceLength = TinyStableDiffusionExport.SequenceLength;
        var sample = options.UnetSampleInputName;
        var (height, width, hidden) = (options.LatentHeight, options.LatentWidth, options.Hidden);

        return new OnnxGraphBuilder("tiny_unet")
            .Input(sample, OnnxElementType.Float, "batch", Channels, height, width)
            .Input("timestep", options.TimestepElementType, "batch")
            .Input("encoder_hidden_states", OnnxElementType.Float, "batch", SequenceLength, hidden)
            .Output("out_sample", OnnxElementType.Float, "batch", Channels, height, width)
            .Initializer("text_projection", DeterministicWeights.Sine(hidden * Channels, amplitude: 0.5, frequency: 1.37, phase: 0.5), hidden, Channels)
            .Initializer("channel_bias", [0.1f, -0.05f, 0.05f, -0.1f], 1, Channels, 1, 1)
            .Initializer("timestep_scale", [1e-4f])
            .Initializer("per_channel_shape", [-1L, Channels, 1, 1], 4)
            .Initializer("per_sample_shape", [-1L, 1, 1, 1], 4)
            .Node("ReduceMean", ["encoder_hidden_states"], ["text_mean"], OnnxAttribute.Ints("axes", 1), OnnxAttribute.Int("keepdims", 0))
            .Node("MatMul", ["text_mean", "text_projection"], ["text_per_channel"])
            .Node("Reshape", ["text_per_channel", "per_channel_shape"], ["text_term"])
            .Node("Cast", ["timestep"], ["timestep_float"], OnnxAttribute.Int("to", (long)OnnxElementType.Float))
            .Node("Mul", ["timestep_float", "timestep_scale"], ["timestep_scaled"])
            .Node("Reshape", ["timestep_scaled", "per_sample_shape"], ["timestep_term"])
            .Node("Add", [sample, "text_term"], ["with_text"])
            .Node("Add", ["with_text", "timestep_term"], ["with_timestep"])
            .Node("Add", ["with_timestep", "channel_bias"], ["out_sample"])
            .ToBytes();
    }
}
