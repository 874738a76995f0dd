using Reelwright.Inference;
using Reelwright.Models;

namespace Reelwright.FleetBenchmarks;

/// <summary>
/// A job of fixed length instead of sampling, so the fleet benchmark measures the platform (dispatch, broker,
/// status updates, encoding a tiny clip, storage) rather than the model.
/// </summary>
public sealed class StandInClipGenerator(ModelManifest manifest, TimeSpan duration) : IClipGenerator
{
    private const int Frames = 4;

    public ModelManifest Manifest { get; } = manifest;

    public string ModelSha256 => new('0', 64);

    public string OnnxRuntimeVersion => "stand-in";

    public string ExecutionProvider => "stand-in";

    public async Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await Task.Delay(duration, cancellationToken);
        progress?.Report(new SamplingProgress(recipe.TotalSteps, recipe.TotalSteps));
        var clip = new RgbClip(new byte[Frames * Manifest.Width * Manifest.Height * 3], Frames, Manifest.Width, Manifest.Height, Manifest.Fps);
        return new GeneratedClip(clip, FramesHash.Sha256(clip), (long)duration.TotalMilliseconds, "stand-in");
    }

    public void Dispose()
    {
    }
}
