using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>A sampled clip, the hash of its frames, and how long the sampling itself took (queueing excluded).</summary>
public sealed record GeneratedClip(RgbClip Clip, string FramesSha256, long InferenceMs);
