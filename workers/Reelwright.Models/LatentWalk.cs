namespace Reelwright.Models;

/// <summary>
/// How a Stable Diffusion model makes a clip out of still images: <see cref="Keyframes"/> images, each sampled from
/// its own seed's noise (seed, seed + 1, ...), joined by <see cref="FramesBetween"/> frames sampled from noise
/// interpolated between the two neighbouring keyframes' noise. With <see cref="EndPrompt"/> the text also moves,
/// from the prompt on the first frame to this one on the last.
/// </summary>
public sealed record LatentWalk(int Keyframes, int FramesBetween, string? EndPrompt)
{
    public int FrameCount => Keyframes + (Keyframes - 1) * FramesBetween;
}
