using Reelwright.Inference;
using Reelwright.Inference.StableDiffusion;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class NoiseInterpolationTests
{
    private static readonly float[] From = SeededGaussianNoise.Create(1, 4096);
    private static readonly float[] To = SeededGaussianNoise.Create(2, 4096);

    [Fact]
    public void The_ends_of_the_arc_are_the_two_noises_themselves()
    {
        var start = new float[From.Length];
        var end = new float[From.Length];

        NoiseInterpolation.Slerp(From, To, 0, start);
        NoiseInterpolation.Slerp(From, To, 1, end);

        Assert.Equal(From, start, (a, b) => Math.Abs(a - b) < 1e-5f);
        Assert.Equal(To, end, (a, b) => Math.Abs(a - b) < 1e-5f);
    }

    [Fact]
    public void Halfway_keeps_the_variance_a_straight_line_would_lose()
    {
        var arc = new float[From.Length];
        NoiseInterpolation.Slerp(From, To, 0.5, arc);
        var line = From.Zip(To, (a, b) => (a + b) / 2).ToArray();

        // Two independent unit Gaussians averaged have variance 1/2; the arc stays near 1, like the keyframes.
        Assert.InRange(Variance(arc), 0.9, 1.1);
        Assert.InRange(Variance(line), 0.4, 0.6);
    }

    [Fact]
    public void Parallel_noises_fall_back_to_a_straight_blend_instead_of_dividing_by_zero()
    {
        var twice = From.Select(v => v * 2).ToArray();
        var middle = new float[From.Length];

        NoiseInterpolation.Slerp(From, twice, 0.5, middle);

        Assert.All(middle.Zip(From), pair => Assert.Equal(pair.Second * 1.5f, pair.First, 1e-4f));
    }

    private static double Variance(float[] values)
    {
        var mean = values.Average();
        return values.Average(v => (v - mean) * (v - mean));
    }
}
