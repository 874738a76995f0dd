namespace Reelwright.Inference;

/// <summary>
/// One evaluation of the network for classifier-free guidance: the same noisy clip denoised once with the prompt
/// and once with the negative prompt. The sampler depends on this rather than on ONNX Runtime so its stepping,
/// progress and cancellation can be tested without a model.
/// </summary>
public interface IClipDenoiser
{
    ClipTensorShape Shape { get; }

    int MaxTokens { get; }

    /// <summary>Estimates the clean clip from <paramref name="sample"/> at noise level <paramref name="timestep"/> (1 = pure noise) under each token sequence.</summary>
    void Denoise(
        ReadOnlySpan<float> sample,
        float timestep,
        ReadOnlySpan<long> promptTokens,
        ReadOnlySpan<long> negativeTokens,
        Span<float> denoisedPrompt,
        Span<float> denoisedNegative);
}
