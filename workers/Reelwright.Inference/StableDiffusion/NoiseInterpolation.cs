namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// Spherical interpolation between two noise tensors. Gaussian noise lives near a sphere; a straight line between two
/// samples cuts inside it, so its midpoint has too little variance and the UNet denoises it into a washed-out image.
/// Moving along the arc keeps every frame's noise as plausible as the keyframes'.
/// </summary>
public static class NoiseInterpolation
{
    // Nearly parallel tensors: the arc is a line, and its formula would divide by almost zero.
    private const double ParallelThreshold = 0.9995;

    public static void Slerp(ReadOnlySpan<float> from, ReadOnlySpan<float> to, double t, Span<float> destination)
    {
        if (from.Length != to.Length || destination.Length != from.Length)
            throw new ArgumentException("The tensors must have the same length.", nameof(destination));

        double dot = 0, fromNorm = 0, toNorm = 0;
        for (var i = 0; i < from.Length; i++)
        {
            dot += (double)from[i] * to[i];
            fromNorm += (double)from[i] * from[i];
            toNorm += (double)to[i] * to[i];
        }

        var cosine = dot / Math.Sqrt(fromNorm * toNorm);
        double fromWeight, toWeight;
        if (double.IsNaN(cosine) || Math.Abs(cosine) > ParallelThreshold)
        {
            fromWeight = 1 - t;
            toWeight = t;
        }
        else
        {
            var angle = Math.Acos(cosine);
            var sine = Math.Sin(angle);
            fromWeight = Math.Sin((1 - t) * angle) / sine;
            toWeight = Math.Sin(t * angle) / sine;
        }

        for (var i = 0; i < from.Length; i++)
            destination[i] = (float)(fromWeight * from[i] + toWeight * to[i]);
    }
}
