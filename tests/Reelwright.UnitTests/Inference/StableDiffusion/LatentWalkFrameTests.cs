using Reelwright.Inference.StableDiffusion;
using Reelwright.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference.StableDiffusion;

public sealed class LatentWalkFrameTests
{
    [Fact]
    public void Three_keyframes_with_two_between_make_seven_frames_in_order()
    {
        var walk = new LatentWalk(Keyframes: 3, FramesBetween: 2, EndPrompt: null);

        var frames = Enumerable.Range(0, walk.FrameCount).Select(f => LatentWalkFrame.At(walk, f)).ToList();

        Assert.Equal(7, walk.FrameCount);
        Assert.Equal([0, 0, 0, 1, 1, 1, 2], frames.Select(f => f.Segment));
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 0, 1 / 3.0, 2 / 3.0, 0], frames.Select(f => f.Between), new ToleranceComparer());
        Assert.Equal(0, frames[0].Along);
        Assert.Equal(0.5, frames[3].Along);
        Assert.Equal(1, frames[^1].Along);
    }

    [Fact]
    public void Without_frames_between_every_frame_is_a_keyframe()
    {
        var walk = new LatentWalk(Keyframes: 4, FramesBetween: 0, EndPrompt: null);

        Assert.Equal(4, walk.FrameCount);
        Assert.All(Enumerable.Range(0, 4), f => Assert.Equal(new LatentWalkFrame(f, 0, f / 3.0), LatentWalkFrame.At(walk, f)));
    }

    [Fact]
    public void Step_noise_seeds_never_meet_keyframe_seeds_or_each_other()
    {
        const long seed = uint.MaxValue;
        var keyframeSeeds = Enumerable.Range(0, 8).Select(k => LatentWalkFrame.KeyframeSeed(seed, k));
        var stepSeeds = from frame in Enumerable.Range(0, 50) from step in Enumerable.Range(0, 50) select LatentWalkFrame.StepNoiseSeed(seed, frame, step);

        var all = keyframeSeeds.Concat(stepSeeds).ToList();

        Assert.Equal(all.Count, all.Distinct().Count());
    }

    private sealed class ToleranceComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
