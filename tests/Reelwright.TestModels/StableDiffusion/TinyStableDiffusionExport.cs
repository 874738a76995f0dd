using System.Security.Cryptography;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// Writes a tiny model in the folder layout of a diffusers / Optimum ONNX export of Stable Diffusion, with the
/// same input and output names, element types and shapes, so the inference pipeline can be tested end to end
/// without real weights. Everything written is deterministic: two exports with the same options are identical.
/// </summary>
/// <example><code>
/// var folder = TinyStableDiffusionExport.WriteTo(modelsDirectory, "tiny-sd");
/// // folder/manifest.json, folder/unet/model.onnx, ...
/// </code></example>
public static class TinyStableDiffusionExport
{
    /// <summary>CLIP's context: start token, 75 prompt tokens, end token.</summary>
    public const int SequenceLength = 77;
    public const int LatentChannels = 4;
    /// <summary>Pixels per latent pixel along each side.</summary>
    public const int VaeScaleFactor = 8;

    public const string TextEncoderFile = "text_encoder/model.onnx";
    public const string UnetFile = "unet/model.onnx";
    public const string VaeDecoderFile = "vae_decoder/model.onnx";
    public const string VocabFile = "tokenizer/vocab.json";
    public const string MergesFile = "tokenizer/merges.txt";
    public const string ManifestFile = TinyStableDiffusionManifest.FileName;

    /// <returns>The model folder, <c>&lt;modelsDirectory&gt;/&lt;id&gt;</c>.</returns>
    public static string WriteTo(string modelsDirectory, string id, TinyStableDiffusionOptions? options = null)
    {
        options ??= new TinyStableDiffusionOptions();
        options.Validate();
        if (string.IsNullOrWhiteSpace(id) || id.IndexOfAny(['/', '\\']) >= 0 || id is "." or "..")
            throw new ArgumentException($"'{id}' is not a folder name.", nameof(id));

        var folder = Path.Combine(modelsDirectory, id);
        var hashes = new ModelFileHashes(
            TextEncoder: WriteModel(folder, TextEncoderFile, TinyTextEncoder.Build(options, TinyClipVocabulary.Size)),
            Unet: WriteModel(folder, UnetFile, TinyUnet.Build(options)),
            VaeDecoder: WriteModel(folder, VaeDecoderFile, TinyVaeDecoder.Build(options)));
        TinyClipVocabulary.Builder.WriteTo(Path.GetDirectoryName(Path.Combine(folder, VocabFile))!);
        File.WriteAllText(Path.Combine(folder, ManifestFile), TinyStableDiffusionManifest.Json(id, options, hashes));
        return folder;
    }

    /// <returns>The file's sha256, lower-case hex.</returns>
    private static string WriteModel(string folder, string relativePath, byte[] model)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, model);
        return Convert.ToHexStringLower(SHA256.HashData(model));
    }
}
