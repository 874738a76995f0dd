using System.Diagnostics;
using Reelwright.Inference;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// What the sampler loop itself costs per step with the network left out (<see cref="CopyOnlyDenoiser"/>): the
/// scalar double-precision Euler step it used to run against the SIMD one it runs now. A few milliseconds per clip
/// are lost in the network's own noise on a whole clip; measured alone they are exact enough to compare.
/// </summary>
public static class LoopWorkBenchmark
{
    public static (double ScalarMsPerStep, double SimdMsPerStep) Run(ClipTensorShape shape, ClipPrompt prompt, int clips)
    {
        var denoiser = new CopyOnlyDenoiser(shape, prompt.Tokens.Length);
        var scalar = new ScalarEulerLoop(denoiser);
        var simd = new ClipSampler(denoiser);
        var clip = new float[shape.ElementCount];
        List<double> scalarMs = [], simdMs = [];
        for (var round = -3; round < clips; round++)
        {
            SeededGaussianNoise.Fill(round, clip);
            var started = Stopwatch.GetTimestamp();
            scalar.Sample(clip, prompt.Tokens, prompt.NegativeTokens, prompt.Steps, prompt.Guidance);
            var scalarElapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            SeededGaussianNoise.Fill(round, clip);
            started = Stopwatch.GetTimestamp();
            simd.Sample(clip, prompt.Tokens, prompt.NegativeTokens, prompt.Steps, prompt.Guidance, progress: null, CancellationToken.None);
            var simdElapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            // The first rounds let tiered compilation finish with both loops.
            if (round < 0)
                continue;
            scalarMs.Add(scalarElapsed / prompt.Steps);
            simdMs.Add(simdElapsed / prompt.Steps);
        }

        return (Statistics.Median(scalarMs), Statistics.Median(simdMs));
    }
}
