using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

public sealed class MiniSoraClipGeneratorLoadingTests
{
    [Fact]
    public void A_model_file_that_does_not_match_its_manifest_checksum_is_refused()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);
        Assert.True(catalog.TryGet(MiniSoraShapesFiles.ModelId, out var manifest));
        var wrong = manifest with { MiniSora = manifest.MiniSora! with { Sha256 = new string('0', 64) } };
        var cpu = new ExecutionProviderSelection(ExecutionProviderNames.Cpu, ["CPU"], ["CPUExecutionProvider"], []);

        var error = Assert.Throws<ModelChecksumMismatchException>(() => new MiniSoraClipGenerator(wrong, cpu));

        Assert.Equal(manifest.MiniSora!.Sha256, error.ActualSha256);
        Assert.Contains("Refusing to load", error.Message);
        Assert.Contains(new string('0', 64), error.Message);
    }

    [Fact]
    public void A_manifest_for_another_pipeline_is_refused()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);
        Assert.True(catalog.TryGet(MiniSoraShapesFiles.ModelId, out var manifest));
        var cpu = new ExecutionProviderSelection(ExecutionProviderNames.Cpu, ["CPU"], ["CPUExecutionProvider"], []);

        Assert.Throws<NotSupportedException>(() => new MiniSoraClipGenerator(manifest with { Pipeline = "wan" }, cpu));
    }
}
