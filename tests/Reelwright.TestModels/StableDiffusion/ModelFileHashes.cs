namespace Reelwright.TestModels.StableDiffusion;

/// <summary>Lower-case hex sha256 of each model.onnx, as the manifest records them.</summary>
internal sealed record ModelFileHashes(string TextEncoder, string Unet, string VaeDecoder);
