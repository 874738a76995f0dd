using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>A sampler loop over one way of running the network: the product's <see cref="ClipSampler"/>, or the scalar loop it replaced.</summary>
public sealed class SamplerVariant(string name, IClipDenoiser denoiser, ClipPrompt prompt, bool scalarStep = false) : IClipVariant
{
    private readonly ClipSampler _sampler = new(denoiser);
    private readonly ScalarEulerLoop _scalarLoop = new(denoiser);
    private readonly float[] _clip = new float[denoiser.Shape.ElementCount];

    public string Name => name;

    public Task<ClipMeasurement> RunClipAsync(long seed)
    {
        SeededGaussianNoise.Fill(seed, _clip);
        return ClipMeter.Measure(() =>
        {
            if (scalarStep)
                _scalarLoop.Sample(_clip, prompt.Tokens, prompt.NegativeTokens, prompt.Steps, prompt.Guidance);
            else
                _sampler.Sample(_clip, prompt.Tokens, prompt.NegativeTokens, prompt.Steps, prompt.Guidance, progress: null, CancellationToken.None);
        });
    }

    public void Dispose() => (denoiser as IDisposable)?.Dispose();
}
