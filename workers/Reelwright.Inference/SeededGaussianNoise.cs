namespace Reelwright.Inference;

/// <summary>
/// Standard-normal starting noise from a seed, identical on every run so that a recipe reproduces its clip.
/// The algorithm is part of the studio's contract with its users (a seed names a clip), so it must never change:
/// <list type="number">
/// <item>xoshiro256** state = four successive outputs of SplitMix64 started at the seed's 64 bits;</item>
/// <item>per pair of values, two xoshiro outputs give u1 = (a &gt;&gt; 11 + 1)·2⁻⁵³ in (0, 1] and u2 = (b &gt;&gt; 11)·2⁻⁵³ in [0, 1);</item>
/// <item>Box-Muller in double: r = √(−2 ln u1), z0 = r·cos(2π u2), z1 = r·sin(2π u2), rounded to float;</item>
/// <item>values are written in C order of [frame, channel, row, column], z0 then z1.</item>
/// </list>
/// Bits are identical for a given .NET runtime and OS; <see cref="Math.Log"/>/<see cref="Math.Cos"/> may differ in the
/// last bit between C runtimes, which the network's own cross-provider differences dwarf anyway.
/// </summary>
public static class SeededGaussianNoise
{
    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    public static void Fill(long seed, Span<float> destination)
    {
        var splitMix = (ulong)seed;
        ulong s0 = SplitMix64(ref splitMix), s1 = SplitMix64(ref splitMix), s2 = SplitMix64(ref splitMix), s3 = SplitMix64(ref splitMix);

        for (var i = 0; i < destination.Length; i += 2)
        {
            var u1 = ((Xoshiro256StarStar(ref s0, ref s1, ref s2, ref s3) >> 11) + 1) * TwoToMinus53;
            var u2 = (Xoshiro256StarStar(ref s0, ref s1, ref s2, ref s3) >> 11) * TwoToMinus53;
            var radius = Math.Sqrt(-2.0 * Math.Log(u1));
            var angle = 2.0 * Math.PI * u2;
            destination[i] = (float)(radius * Math.Cos(angle));
            if (i + 1 < destination.Length)
                destination[i + 1] = (float)(radius * Math.Sin(angle));
        }
    }

    public static float[] Create(long seed, int count)
    {
        var noise = new float[count];
        Fill(seed, noise);
        return noise;
    }

    // Steele, Lea and Flood's SplitMix64, the seeding recommended by xoshiro's authors.
    private static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Blackman and Vigna's xoshiro256** 1.0.
    private static ulong Xoshiro256StarStar(ref ulong s0, ref ulong s1, ref ulong s2, ref ulong s3)
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }
}
