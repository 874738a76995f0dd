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
    public const string Prompt = "a red circle moving left on a blue background";

    /// <summary>Wall-clock milliseconds of one generation with the model's default steps and guidance.</summary>
    public static async Task<double> ClipMillisecondsAsync(IClipGenerator generator, long seed, CancellationToken cancellationToken = default)
    {
        var defaults = generator.Manifest.Defaults;
        var recipe = new ClipRecipe(Prompt, NegativePrompt: "", seed, defaults.Steps, defaults.Guidance);
        var started = Stopwatch.GetTimestamp();
        await generator.GenerateAsync(recipe, progress: null, cancellationToken).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
