using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// A sampled clip, the hash of its frames, how long the sampling itself took (queueing excluded), and the name of the
/// sampler that made it, for the reproducibility record.
/// </summary>
public sealed record GeneratedClip(RgbClip Clip, string FramesSha256, long InferenceMs, string Sampler);
