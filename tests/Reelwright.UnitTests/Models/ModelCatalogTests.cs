using Reelwright.Models;
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

    public void Dispose() => Directory.Delete(_modelsDirectory, recursive: true);

    private string WriteManifest(string folder, string json)
    {
        var path = Path.Combine(_modelsDirectory, folder, ModelManifest.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }
}
