using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Worker.Extensions;

namespace Reelwright.Worker.Models;

/// <summary>Makes the generator for an installed model; a seam so a benchmark can run the fleet with stand-in jobs of fixed length.</summary>
public interface IClipGeneratorFactory
{
    /// <exception cref="Exception">Whatever loading the model throws; <see cref="LoadedModels"/> reports it as the model's reason.</exception>
    IClipGenerator Create(ModelManifest manifest, ExecutionProviderSelection executionProvider, WorkerOptions options);
}
