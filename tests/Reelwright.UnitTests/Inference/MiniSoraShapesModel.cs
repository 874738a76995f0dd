using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>
/// The built-in model loaded once for all tests that run it: as the worker will (a <see cref="MiniSoraClipGenerator"/>)
/// and bare (a denoiser, to compare the network's raw output with the card's vectors).
/// </summary>
public sealed class MiniSoraShapesModel : IDisposable
{
    public MiniSoraShapesModel()
    {
        var catalog = ModelCatalog.Load(MiniSoraShapesFiles.ModelsDirectory);
        Assert.True(catalog.TryGet(MiniSoraShapesFiles.ModelId, out var manifest));
        Manifest = manifest;
        Tokenizer = PromptTokenizer.Load(manifest);
        ExecutionProvider = new ExecutionProviderSelector().Select([ExecutionProviderNames.Cpu]);
        Generator = new MiniSoraClipGenerator(manifest, ExecutionProvider);
        using var options = DenoiserSessionOptions.Create(ExecutionProvider.Provider, new OnnxRuntimeProviderAppender());
        Denoiser = OnnxClipDenoiser.Load(MiniSoraClipGenerator.ModelPathOf(manifest), options, ClipTensorShape.From(manifest), manifest.MaxPromptTokens);
    }

    public ModelManifest Manifest { get; }

    public PromptTokenizer Tokenizer { get; }

    public ExecutionProviderSelection ExecutionProvider { get; }

    public MiniSoraClipGenerator Generator { get; }

    public OnnxClipDenoiser Denoiser { get; }

    public void Dispose()
    {
        Generator.Dispose();
        Denoiser.Dispose();
    }
}
