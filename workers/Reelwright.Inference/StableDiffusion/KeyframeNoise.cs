namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// The starting noise of every frame of a walk: each keyframe's from its own seed, each frame between from the arc
/// between its two keyframes' noise. Frames come in order, so only the current pair of keyframes is kept.
/// </summary>
internal sealed class KeyframeNoise(long seed, int length, int keyframes)
{
    private readonly float[] _from = new float[length];
    private readonly float[] _to = new float[length];
    private int _segment = -1;

    /// <summary>Writes the unit-variance noise the frame at <paramref name="position"/> starts from.</summary>
    public void StartingNoise(LatentWalkFrame position, Span<float> destination)
    {
        if (position.Segment != _segment)
        {
            _segment = position.Segment;
            SeededGaussianNoise.Fill(LatentWalkFrame.KeyframeSeed(seed, _segment), _from);
            // The last keyframe has no next one; nothing lies beyond it to interpolate towards.
            if (_segment + 1 < keyframes)
                SeededGaussianNoise.Fill(LatentWalkFrame.KeyframeSeed(seed, _segment + 1), _to);
        }

        if (position.Between == 0)
            _from.CopyTo(destination);
        else
            NoiseInterpolation.Slerp(_from, _to, position.Between, destination);
    }
}
