namespace Reelwright.Api.Generations;

/// <summary>
/// What, beyond the recipe, decides a clip's exact bytes. The same recipe with the same values here gives
/// byte-identical frames (compare FramesSha256).
/// </summary>
public sealed record ReproducibilityResponse(string ModelSha256, string OnnxRuntimeVersion, string ExecutionProvider, string Sampler);
