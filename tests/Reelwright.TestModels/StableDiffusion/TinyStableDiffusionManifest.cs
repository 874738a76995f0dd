using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reelwright.TestModels.StableDiffusion;

/// <summary>
/// The manifest.json the worker's catalog reads for a Stable Diffusion export, written as a JSON literal so it
/// reads like the file it makes. The schedule is SD 1.x's; the defaults suit a few-step sampler.
/// </summary>
internal static class TinyStableDiffusionManifest
{
    public const string FileName = "manifest.json";

    public static string Json(string id, TinyStableDiffusionOptions options, ModelFileHashes sha256)
    {
        var manifest = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = "Tiny Stable Diffusion (test export)",
            ["pipeline"] = "stable-diffusion",
            ["width"] = options.Width,
            ["height"] = options.Height,
            ["fps"] = 8,
            ["maxPromptTokens"] = TinyStableDiffusionExport.SequenceLength - 2,
            ["stableDiffusion"] = new JsonObject
            {
                ["textEncoder"] = ModelFile(TinyStableDiffusionExport.TextEncoderFile, sha256.TextEncoder),
                ["unet"] = ModelFile(TinyStableDiffusionExport.UnetFile, sha256.Unet),
                ["vaeDecoder"] = ModelFile(TinyStableDiffusionExport.VaeDecoderFile, sha256.VaeDecoder),
                ["vocabFile"] = TinyStableDiffusionExport.VocabFile,
                ["mergesFile"] = TinyStableDiffusionExport.MergesFile,
                ["padToken"] = Clip.ClipVocabularyBuilder.EndOfText,
                ["vaeScalingFactor"] = 0.18215,
                ["noiseSchedule"] = new JsonObject
                {
                    ["trainTimesteps"] = 1000,
                    ["betaStart"] = 0.00085,
                    ["betaEnd"] = 0.012,
                    ["betaSchedule"] = "scaled_linear",
                    ["predictionType"] = "epsilon",
                    ["timestepSpacing"] = "linspace",
                    ["stepsOffset"] = 0,
                },
                ["lcmOriginalSteps"] = 50,
            },
            ["defaults"] = new JsonObject
            {
                ["steps"] = 4,
                ["guidance"] = 3.0,
                ["scheduler"] = "euler",
                ["keyframes"] = 2,
                ["framesBetween"] = 2,
            },
            ["limits"] = new JsonObject
            {
                ["minSteps"] = 1,
                ["maxSteps"] = 50,
                ["minGuidance"] = 0,
                ["maxGuidance"] = 20,
                ["maxKeyframes"] = 8,
                ["maxFramesBetween"] = 24,
            },
        };
        // Relaxed escaping writes "<|endoftext|>" as it reads rather than as \u003C|endoftext|\u003E.
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject ModelFile(string file, string sha256) => new() { ["file"] = file, ["sha256"] = sha256 };
}
