using Reelwright.Web.Components.Review;
using Xunit;

namespace Reelwright.ComponentTests.Review;

public sealed class FrameClockTests
{
    private readonly FrameClock _eightFps = new(fps: 8, frameCount: 16);

    [Theory]
    [InlineData(0, "00:00:00:00")]
    [InlineData(7, "00:00:00:07")]
    [InlineData(8, "00:00:01:00")]
    [InlineData(15, "00:00:01:07")]
    public void Timecode_counts_frames_within_the_second_at_8_fps(int frame, string timecode) =>
        Assert.Equal(timecode, _eightFps.Timecode(frame));

    [Theory]
    [InlineData(23, "00:00:00:23")]
    [InlineData(24 * 61 + 5, "00:01:01:05")]
    [InlineData(24 * 3600 + 23, "01:00:00:23")]
    public void Timecode_carries_into_minutes_and_hours_at_24_fps(int frame, string timecode) =>
        Assert.Equal(timecode, new FrameClock(fps: 24, frameCount: 24 * 7200).Timecode(frame));

    [Fact]
    public void The_readout_counts_from_one_while_the_timecode_counts_from_zero()
    {
        Assert.Equal("Frame 1 / 16", _eightFps.Readout(0));
        Assert.Equal("Frame 16 / 16", _eightFps.Readout(15));
        Assert.Equal("00:00:00:00", _eightFps.Timecode(0));
    }

    [Fact]
    public void A_frame_is_sought_at_its_middle_not_its_edge()
    {
        Assert.Equal(0.0625, _eightFps.TimeOf(0));
        Assert.Equal(0.4375, _eightFps.TimeOf(3));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.124, 0)]
    [InlineData(0.125, 1)]
    [InlineData(0.12499999, 1)] // a boundary as a browser may report it, a hair early
    [InlineData(0.249, 1)]
    [InlineData(1.9, 15)]
    public void The_frame_at_a_time_starts_at_its_boundary(double seconds, int frame) =>
        Assert.Equal(frame, _eightFps.FrameAt(seconds));

    [Fact]
    public void Every_frame_at_24_fps_reads_back_from_both_its_start_and_its_middle()
    {
        var clock = new FrameClock(fps: 24, frameCount: 240);

        for (var frame = 0; frame < clock.FrameCount; frame++)
        {
            Assert.Equal(frame, clock.FrameAt(frame / 24.0));
            Assert.Equal(frame, clock.FrameAt(clock.TimeOf(frame)));
        }
    }

    [Theory]
    [InlineData(-0.5, 0)]
    [InlineData(2.0, 15)]
    [InlineData(1e12, 15)]
    [InlineData(double.NaN, 0)]
    public void Times_outside_the_clip_land_on_its_first_or_last_frame(double seconds, int frame) =>
        Assert.Equal(frame, _eightFps.FrameAt(seconds));

    [Fact]
    public void Frames_outside_the_clip_are_clamped_to_it()
    {
        Assert.Equal("00:00:00:00", _eightFps.Timecode(-3));
        Assert.Equal("Frame 16 / 16", _eightFps.Readout(99));
        Assert.Equal(_eightFps.TimeOf(15), _eightFps.TimeOf(99));
    }

    [Fact]
    public void A_clip_needs_a_frame_rate_and_at_least_one_frame()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameClock(fps: 0, frameCount: 16));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameClock(fps: 8, frameCount: 0));
    }
}
