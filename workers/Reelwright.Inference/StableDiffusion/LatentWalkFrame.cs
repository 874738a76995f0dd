using Reelwright.Models;

namespace Reelwright.Inference.StableDiffusion;

/// <summary>
/// Where one frame of a latent walk sits: between keyframe <see cref="Segment"/> and the next, <see cref="Between"/>
/// of the way (0 on a keyframe itself), and <see cref="Along"/> of the way through the whole clip (0 on the first frame,
/// 1 on the last), which is how far the text has moved towards the end prompt.
/// </summary>
public readonly record struct LatentWalkFrame(int Segment, double Between, double Along)
{
    public static LatentWalkFrame At(LatentWalk walk, int frame)
    {
        var framesPerSegment = walk.FramesBetween + 1;
        var along = walk.FrameCount == 1 ? 0 : (double)frame / (walk.FrameCount - 1);
        return new LatentWalkFrame(frame / framesPerSegment, (double)(frame % framesPerSegment) / framesPerSegment, along);
    }

    /// <summary>
    /// The seed of a keyframe's noise: the recipe's seed for the first, the next seeds after it. Frames between two
    /// keyframes use no seed of their own; their noise is interpolated.
    /// </summary>
    public static long KeyframeSeed(long seed, int keyframe) => seed + keyframe;

    /// <summary>
    /// The seed of the fresh noise a scheduler (LCM) adds within a frame's sampling: recipe seeds fit in 32 bits, so the
    /// frame and step go in the bits above, where they cannot collide with another recipe's keyframe seeds.
    /// </summary>
    public static long StepNoiseSeed(long seed, int frame, int step) =>
        (seed & 0xFFFF_FFFFL) | ((long)(step + 1) << 32) | ((long)(frame + 1) << 48);
}
