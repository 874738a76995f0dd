using Reelwright.Inference;
using Reelwright.Inference.StableDiffusion;
using Reelwright.Models;
using Reelwright.TestModels.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

/// <summary>A tiny Stable Diffusion-layout export written to a temporary models folder and loaded once, as a worker would.</summary>
public sealed class TinyStableDiffusionModel : IDisposable
{
    public const string ModelId = "tiny-sd";

    public TinyStableDiffusionModel()
    {
        TinyStableDiffusionExport.WriteTo(ModelsDirectory, ModelId);
        Assert.True(ModelCatalog.Load(ModelsDirectory).TryGet(ModelId, out var manifest));
        Manifest = manifest;
        Generator = new StableDiffusionClipGenerator(manifest, Cpu);
    }

    public static ExecutionProviderSelection Cpu { get; } = new(ExecutionProviderNames.Cpu, ["CPU"], ["CPUExecutionProvider"], []);

    public string ModelsDirectory { get; } = Directory.CreateTempSubdirectory("reelwright-tiny-sd-").FullName;

    public ModelManifest Manifest { get; }

    public StableDiffusionClipGenerator Generator { get; }

    public void Dispose()
    {
        Generator.Dispose();
        Directory.Delete(ModelsDirectory, recursive: true);
    }
}
