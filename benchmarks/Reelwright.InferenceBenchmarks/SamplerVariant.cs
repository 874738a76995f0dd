using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>The product's sampler loop (<see cref="ClipSampler"/>) over one way of running the network.</summary>
public sealed class SamplerVariant(string name, IClipDenoiser denoiser, ClipPrompt prompt) : IClipVariant
{
    private readonly ClipSampler _sampler = new(denoiser);
    private readonly float[] _clip = new float[denoiser.Shape.ElementCount];

    public string Name => name;

    public Task<ClipMeasurement> RunClipAsync(long seed)
    {
        SeededGaussianNoise.Fill(seed, _clip);
        return ClipMeter.Measure(() =>
            _sampler.Sample(_clip, prompt.Tokens, prompt.NegativeTokens, prompt.Steps, prompt.Guidance, progress: null, CancellationToken.None));
    }

    public void Dispose() => (denoiser as IDisposable)?.Dispose();
}
