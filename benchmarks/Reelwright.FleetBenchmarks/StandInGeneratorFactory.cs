using Reelwright.Inference;
using Reelwright.Models;
using Reelwright.Worker.Extensions;
using Reelwright.Worker.Models;

namespace Reelwright.FleetBenchmarks;

public sealed class StandInGeneratorFactory(TimeSpan duration) : IClipGeneratorFactory
{
    public IClipGenerator Create(ModelManifest manifest, ExecutionProviderSelection executionProvider, WorkerOptions options) =>
        new StandInClipGenerator(manifest, duration);
}
