using System.Diagnostics;
using Reelwright.Inference;
using Reelwright.Models;

namespace Reelwright.Benchmarks;

/// <summary>
/// The time to sample one clip inside the process, with nothing around it (no queue, no encoding, no upload):
/// the floor every end-to-end number is compared with.
/// </summary>
public static class RawInferenceBenchmark
{
    public const int Runs = 5;

    public const string Prompt = "a red circle moving left on a blue background";

    /// <summary>
    /// Median wall-clock milliseconds of <see cref="Runs"/> generations with the model's default steps and guidance.
    /// The first run pays ONNX Runtime's one-off warm-up; the median leaves it out without a separate warm-up run.
    /// </summary>
    public static async Task<double> MedianClipMillisecondsAsync(ClipGenerator generator, CancellationToken cancellationToken = default)
    {
        var defaults = generator.Manifest.Defaults;
        var timesMs = new double[Runs];
        for (var run = 0; run < Runs; run++)
        {
            var recipe = new ClipRecipe(Prompt, NegativePrompt: "", Seed: run, defaults.Steps, defaults.Guidance);
            var started = Stopwatch.GetTimestamp();
            await generator.GenerateAsync(recipe, progress: null, cancellationToken).ConfigureAwait(false);
            timesMs[run] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return Statistics.Median(timesMs);
    }
}
