using Reelwright.Inference;

namespace Reelwright.UnitTests.Inference;

/// <summary>
/// A network whose predictions differ from value to value and step to step, on a clip whose size is no multiple of
/// any SIMD width, so every lane and the scalar tail of the sampler's arithmetic are exercised.
/// </summary>
internal sealed class RampClipDenoiser : IClipDenoiser
{
    public ClipTensorShape Shape { get; } = new(1, 3, 5, 7);

    public int MaxTokens => 24;

    public static float PromptPrediction(int index, float timestep) => MathF.Sin(index * 0.37f + timestep);

    public static float NegativePrediction(int index, float timestep) => MathF.Cos(index * 0.11f - timestep) * 0.8f;

    public void Denoise(ReadOnlySpan<float> sample, float timestep, ReadOnlySpan<long> promptTokens, ReadOnlySpan<long> negativeTokens, Span<float> denoisedPrompt, Span<float> denoisedNegative)
    {
        for (var i = 0; i < denoisedPrompt.Length; i++)
        {
            denoisedPrompt[i] = PromptPrediction(i, timestep);
            denoisedNegative[i] = NegativePrediction(i, timestep);
        }
    }
}
