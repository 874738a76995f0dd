using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// What the worker needs from a loaded model: recipes in, frames out, plus the facts to record with each clip
/// (which model file, runtime, provider and sampler made it). An interface so the worker's tests can run without one.
/// </summary>
public interface IClipGenerator
{
    ModelManifest Manifest { get; }

    string ModelSha256 { get; }

    string OnnxRuntimeVersion { get; }

    string ExecutionProvider { get; }

    string SamplerName { get; }

    Task<GeneratedClip> GenerateAsync(ClipRecipe recipe, IProgress<SamplingProgress>? progress = null, CancellationToken cancellationToken = default);
}
