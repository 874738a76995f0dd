using System.Text.Json.Nodes;
using Reelwright.Models;
using Reelwright.TestModels.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.Models;

public sealed class ModelCatalogTests : IDisposable
{
    private readonly string _modelsDirectory = Directory.CreateTempSubdirectory("reelwright-models-").FullName;

    [Fact]
    public void The_built_in_model_is_listed_with_the_cards_settings()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);

        Assert.True(catalog.TryGet("minisora-shapes", out var manifest));
        Assert.Contains(manifest, catalog.All);
        Assert.Equal("minisora", manifest.Pipeline);
        Assert.Equal((16, 64, 64, 8, 24), (manifest.MiniSora!.Frames, manifest.Width, manifest.Height, manifest.Fps, manifest.MaxPromptTokens));
        Assert.Equal(new SamplingDefaults(20, 1.5), manifest.Defaults);
        Assert.Equal(new SamplingLimits(1, 100, 0, 12), manifest.Limits);
        Assert.Empty(manifest.Schedulers);
    }

    [Fact]
    public void The_manifest_checksum_is_the_one_published_beside_the_model()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);
        Assert.True(catalog.TryGet("minisora-shapes", out var manifest));

        var published = File.ReadAllText(Path.Combine(MiniSoraShapesFiles.ModelsDirectory, "minisora-shapes", "model.onnx.sha256")).Split(' ')[0];

        Assert.Equal(published, manifest.MiniSora!.Sha256);
    }

    [Fact]
    public void An_unknown_model_is_not_found()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);

        Assert.False(catalog.TryGet("sora-2", out _));
    }

    [Fact]
    public void A_manifest_missing_a_member_is_refused_naming_the_file_and_the_member()
    {
        var path = WriteManifest("broken", """{ "id": "broken", "displayName": "Broken" }""");

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains(path, error.Message);
        Assert.Contains("pipeline", error.Message);
    }

    [Fact]
    public void A_manifest_with_impossible_values_is_refused_listing_every_problem()
    {
        var valid = File.ReadAllText(Path.Combine(MiniSoraShapesFiles.ModelsDirectory, "minisora-shapes", ModelManifest.FileName));
        WriteManifest("minisora-shapes", valid
            .Replace("\"frames\": 16", "\"frames\": 0")
            .Replace("\"modelFile\": \"model.onnx\"", "\"modelFile\": \"../../etc/passwd\""));

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains("frames must be positive", error.Message);
        Assert.Contains("modelFile", error.Message);
    }

    [Fact]
    public void A_manifest_in_a_folder_not_named_after_its_id_is_refused()
    {
        var valid = File.ReadAllText(Path.Combine(MiniSoraShapesFiles.ModelsDirectory, "minisora-shapes", ModelManifest.FileName));
        WriteManifest("renamed", valid);

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains("'renamed'", error.Message);
    }

    [Fact]
    public void Invalid_json_is_refused_naming_the_file()
    {
        var path = WriteManifest("garbled", "{ not json");

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Models_in_the_user_folder_are_listed_beside_the_built_in_ones()
    {
        TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd");

        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory, _modelsDirectory);

        Assert.Equal(["minisora-shapes", "tiny-sd"], catalog.All.Select(m => m.Id));
        Assert.True(catalog.TryGet("tiny-sd", out var model));
        Assert.Equal(Path.Combine(_modelsDirectory, "tiny-sd"), model.Folder);
        Assert.Equal(["euler", "lcm"], model.Schedulers);
    }

    [Fact]
    public void A_missing_user_folder_is_no_error()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory, Path.Combine(_modelsDirectory, "not-there"));

        Assert.Single(catalog.All);
    }

    [Fact]
    public void A_user_model_with_a_built_in_id_is_refused_naming_both_folders()
    {
        var valid = File.ReadAllText(Path.Combine(MiniSoraShapesFiles.ModelsDirectory, "minisora-shapes", ModelManifest.FileName));
        WriteManifest("minisora-shapes", valid);

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory, _modelsDirectory));

        Assert.Contains("both have id 'minisora-shapes'", error.Message);
        Assert.Contains(_modelsDirectory, error.Message);
    }

    [Fact]
    public void A_stable_diffusion_manifest_is_checked_for_its_own_section()
    {
        var folder = TinyStableDiffusionExport.WriteTo(_modelsDirectory, "tiny-sd");
        var manifestPath = Path.Combine(folder, ModelManifest.FileName);
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        manifest["width"] = 60;
        manifest["defaults"]!["scheduler"] = "ddim";
        manifest["stableDiffusion"]!["unet"]!["file"] = "../unet/model.onnx";
        manifest["stableDiffusion"]!["noiseSchedule"]!["predictionType"] = "sample";
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains("multiples of 8", error.Message);
        Assert.Contains("defaults.scheduler must be one of: euler, lcm", error.Message);
        Assert.Contains("stableDiffusion.unet.file '../unet/model.onnx'", error.Message);
        Assert.Contains("predictionType", error.Message);
    }

    [Fact]
    public void A_pipeline_without_its_section_is_refused()
    {
        WriteManifest("bare", """
            { "id": "bare", "displayName": "Bare", "pipeline": "stable-diffusion", "width": 64, "height": 64, "fps": 8,
              "maxPromptTokens": 75, "defaults": { "steps": 4, "guidance": 3 }, "limits": { "minSteps": 1, "maxSteps": 50, "minGuidance": 0, "maxGuidance": 20 } }
            """);

        var error = Assert.Throws<ModelManifestException>(() => ModelCatalog.Load(_modelsDirectory));

        Assert.Contains("the stableDiffusion section is missing", error.Message);
    }

    public void Dispose() => Directory.Delete(_modelsDirectory, recursive: true);

    private string WriteManifest(string folder, string json)
    {
        var path = Path.Combine(_modelsDirectory, folder, ModelManifest.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }
}
