using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// What the worker calls, <see cref="MiniSoraClipGenerator.GenerateAsync"/>: tokenizing, the seed's noise, the sampler loop,
/// pixel conversion and the frames hash, on a thread-pool thread, reporting progress at every step.
/// </summary>
public sealed class GeneratorVariant(string name, MiniSoraClipGenerator generator, ClipPrompt prompt) : IClipVariant
{
    private readonly StepCounter _progress = new();

    public string Name => name;

    public async Task<ClipMeasurement> RunClipAsync(long seed)
    {
        var measurement = await ClipMeter.MeasureAsync(() => generator.GenerateAsync(prompt.Recipe(seed), _progress));
        if (_progress.Steps != prompt.Steps)
            throw new InvalidOperationException($"The generator reported {_progress.Steps} steps of {prompt.Steps}.");
        return measurement;
    }

    public void Dispose() => generator.Dispose();

    // Stands in for the worker's progress publisher without allocating, so only the generator's own bytes count.
    private sealed class StepCounter : IProgress<SamplingProgress>
    {
        public int Steps { get; private set; }

        public void Report(SamplingProgress value) => Steps = value.Step;
    }
}
