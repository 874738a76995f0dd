using System.Text.Json.Nodes;
using Reelwright.Inference;
using Reelwright.Inference.StableDiffusion;
using Reelwright.Models;
using Reelwright.TestModels.Onnx;
using Reelwright.TestModels.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

/// <summary>Broken exports are refused when they load, each with a reason a person can act on.</summary>
public sealed class StableDiffusionLoadingTests : IDisposable
{
    private readonly string _models = Directory.CreateTempSubdirectory("reelwright-sd-loading-").FullName;

    [Fact]
    public void A_unet_with_renamed_inputs_is_refused_naming_what_it_has()
    {
        TinyStableDiffusionExport.WriteTo(_models, "renamed", new TinyStableDiffusionOptions { UnetSampleInputName = "latents" });

        var error = Assert.Throws<ModelLayoutException>(() => Load("renamed"));

        Assert.Contains("unet has no input 'sample'", error.Message);
        Assert.Contains("latents", error.Message);
    }

    [Fact]
    public void A_vae_that_does_not_decode_to_rgb_is_refused()
    {
        TinyStableDiffusionExport.WriteTo(_models, "grey", new TinyStableDiffusionOptions { VaeOutputChannels = 1 });

        var error = Assert.Throws<ModelLayoutException>(() => Load("grey"));

        Assert.Contains("vae_decoder 'sample' has 1 channels (RGB), expected 3", error.Message);
    }

    [Fact]
    public void A_manifest_whose_size_the_networks_cannot_make_is_refused()
    {
        var folder = TinyStableDiffusionExport.WriteTo(_models, "resized");
        EditManifest(folder, manifest => manifest["width"] = 128);

        var error = Assert.Throws<ModelLayoutException>(() => Load("resized"));

        Assert.Contains("latent columns", error.Message);
    }

    [Fact]
    public void A_network_whose_checksum_differs_is_refused()
    {
        var folder = TinyStableDiffusionExport.WriteTo(_models, "tampered");
        File.AppendAllText(Path.Combine(folder, "unet", "model.onnx"), "x");

        var error = Assert.Throws<ModelChecksumMismatchException>(() => Load("tampered"));

        Assert.Contains("unet", error.Message);
    }

    [Fact]
    public void A_missing_network_is_refused_naming_the_file()
    {
        var folder = TinyStableDiffusionExport.WriteTo(_models, "incomplete");
        File.Delete(Path.Combine(folder, "vae_decoder", "model.onnx"));

        var error = Assert.ThrowsAny<IOException>(() => Load("incomplete"));

        Assert.Contains("vae_decoder", error.Message);
    }

    [Fact]
    public void Int64_token_ids_and_float_timesteps_load_as_well()
    {
        TinyStableDiffusionExport.WriteTo(_models, "variant", new TinyStableDiffusionOptions
        {
            InputIdsElementType = OnnxElementType.Int64,
            TimestepElementType = OnnxElementType.Float,
        });

        using var generator = Load("variant");

        Assert.Equal("variant", generator.Manifest.Id);
    }

    public void Dispose() => Directory.Delete(_models, recursive: true);

    private StableDiffusionClipGenerator Load(string id)
    {
        Assert.True(ModelCatalog.Load(_models).TryGet(id, out var manifest));
        return new StableDiffusionClipGenerator(manifest, TinyStableDiffusionModel.Cpu);
    }

    private static void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(folder, ModelManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString());
    }
}
