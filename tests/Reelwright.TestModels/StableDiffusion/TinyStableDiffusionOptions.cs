using Reelwright.TestModels.Onnx;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// The shape of a tiny export. The defaults match a real Stable Diffusion export's names and element types;
/// the others let a test write the variants that real exports differ in, or a broken export on purpose.
/// </summary>
public sealed record TinyStableDiffusionOptions
{
    /// <summary>Pixels; a multiple of 8, the VAE's upscale factor.</summary>
    public int Width { get; init; } = 64;

    /// <summary>Pixels; a multiple of 8, the VAE's upscale factor.</summary>
    public int Height { get; init; } = 64;

    /// <summary>Width of the text encoder's hidden state (768 in SD 1.x; tiny here).</summary>
    public int Hidden { get; init; } = 8;

    /// <summary>Int32 as in most diffusers exports, or Int64 as in some.</summary>
    public OnnxElementType InputIdsElementType { get; init; } = OnnxElementType.Int32;

    /// <summary>Int64 as in most diffusers exports, or Float as in some.</summary>
    public OnnxElementType TimestepElementType { get; init; } = OnnxElementType.Int64;

    /// <summary>"sample" in a real export; another name makes an export the pipeline must refuse.</summary>
    public string UnetSampleInputName { get; init; } = "sample";

    /// <summary>3 (RGB) in a real export; another count makes an export the pipeline must refuse.</summary>
    public int VaeOutputChannels { get; init; } = 3;

    public int LatentWidth => Width / TinyStableDiffusionExport.VaeScaleFactor;

    public int LatentHeight => Height / TinyStableDiffusionExport.VaeScaleFactor;

    internal void Validate()
    {
        if (Width <= 0 || Height <= 0 || Width % TinyStableDiffusionExport.VaeScaleFactor != 0 || Height % TinyStableDiffusionExport.VaeScaleFactor != 0)
            throw new ArgumentException($"Width and height must be positive multiples of {TinyStableDiffusionExport.VaeScaleFactor}; got {Width}x{Height}.");
        if (Hidden <= 0)
            throw new ArgumentException($"Hidden must be positive; got {Hidden}.");
        if (InputIdsElementType is not (OnnxElementType.Int32 or OnnxElementType.Int64))
            throw new ArgumentException($"input_ids must be Int32 or Int64; got {InputIdsElementType}.");
        if (TimestepElementType is not (OnnxElementType.Int64 or OnnxElementType.Float))
            throw new ArgumentException($"timestep must be Int64 or Float; got {TimestepElementType}.");
        if (VaeOutputChannels <= 0)
            throw new ArgumentException($"VaeOutputChannels must be positive; got {VaeOutputChannels}.");
    }
}
