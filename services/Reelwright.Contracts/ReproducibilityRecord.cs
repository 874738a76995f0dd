namespace Reelwright.Contracts;

/// <summary>Everything needed to make the same frames again: the exact model, runtime, provider and sampler inputs.</summary>
public sealed record ReproducibilityRecord(
    string ModelId,
    string ModelSha256,
    string OnnxRuntimeVersion,
    string ExecutionProvider,
    string Sampler,
    int Steps,
    double Guidance,
    long Seed,
    string Prompt,
    string NegativePrompt,
    int? Keyframes = null,
    int? FramesBetween = null,
    string? EndPrompt = null);
