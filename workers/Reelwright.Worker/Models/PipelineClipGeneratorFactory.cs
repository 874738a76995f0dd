using Reelwright.Inference;
using Reelwright.Inference.StableDiffusion;
using Reelwright.Models;
using Reelwright.Worker.Extensions;

namespace Reelwright.Worker.Models;

/// <summary>The generator each pipeline names in its manifest.</summary>
public sealed class PipelineClipGeneratorFactory(ILoggerFactory loggers) : IClipGeneratorFactory
{
    public IClipGenerator Create(ModelManifest manifest, ExecutionProviderSelection executionProvider, WorkerOptions options) =>
        manifest.Pipeline switch
        {
            ModelManifest.StableDiffusionPipeline =>
                new StableDiffusionClipGenerator(manifest, executionProvider, loggers.CreateLogger<StableDiffusionClipGenerator>()),
            _ => new MiniSoraClipGenerator(manifest, executionProvider, loggers.CreateLogger<MiniSoraClipGenerator>(), new MiniSoraClipGeneratorOptions
            {
                CacheOptimizedModel = options.CacheOptimizedModels,
                OptimizedModelCacheDirectory = string.IsNullOrWhiteSpace(options.OptimizedModelCacheDirectory) ? null : options.OptimizedModelCacheDirectory,
            }),
        };
}
