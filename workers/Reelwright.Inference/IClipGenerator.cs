using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// What the worker needs from a loaded model: recipes in, frames out, plus the facts to record with each clip
/// (which model files, runtime and provider made it). One implementation per pipeline; the worker holds them all by this.
/// </summary>
public interface IClipGenerator : IDisposable
{
    ModelManifest Manifest { get; }

    string ModelSha256 { get; }

    string OnnxRuntimeVersion { get; }

    string ExecutionProvider { get; }

    Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default);
}
