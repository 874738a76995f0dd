using Reelwright.Inference;

namespace Reelwright.UnitTests.Inference;

/// <summary>
/// A network that always predicts the same clean clips (one per token sequence), so the sampler's arithmetic,
/// progress and cancellation can be checked in microseconds.
/// </summary>
internal sealed class FakeClipDenoiser(float promptPrediction, float negativePrediction) : IClipDenoiser
{
    public ClipTensorShape Shape { get; } = new(2, 3, 4, 4);

    public int MaxTokens => 24;

    public List<float> Timesteps { get; } = [];

    public Action? OnDenoise { get; init; }

    public void Denoise(ReadOnlySpan<float> sample, float timestep, ReadOnlySpan<long> promptTokens, ReadOnlySpan<long> negativeTokens, Span<float> denoisedPrompt, Span<float> denoisedNegative)
    {
        Timesteps.Add(timestep);
        denoisedPrompt.Fill(promptPrediction);
        denoisedNegative.Fill(negativePrediction);
        OnDenoise?.Invoke();
    }
}
