using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// The product's sampler loop before its Euler step ran in SIMD lanes: the same arithmetic in double, one value at
/// a time. Kept here only to measure what the change saved.
/// </summary>
public sealed class ScalarEulerLoop(IClipDenoiser denoiser)
{
    private readonly float[] _denoisedPrompt = new float[denoiser.Shape.ElementCount];
    private readonly float[] _denoisedNegative = new float[denoiser.Shape.ElementCount];

    public void Sample(Span<float> x, ReadOnlySpan<long> promptTokens, ReadOnlySpan<long> negativeTokens, int steps, float guidance)
    {
        for (var i = 0; i < steps; i++)
        {
            var t = 1.0 - (double)i / steps;
            var tNext = 1.0 - (double)(i + 1) / steps;
            denoiser.Denoise(x, (float)t, promptTokens, negativeTokens, _denoisedPrompt, _denoisedNegative);
            var keptNoise = tNext / t;
            for (var j = 0; j < x.Length; j++)
            {
                var d = (double)_denoisedNegative[j] + guidance * ((double)_denoisedPrompt[j] - _denoisedNegative[j]);
                x[j] = (float)(d + keptNoise * (x[j] - d));
            }
        }
    }
}
