using System.Globalization;

namespace Reelwright.Web.Components.Review;

/// <summary>
/// The one place that turns frames into seconds and back, and frames into what the reviewer reads. Frames are
/// 0-based everywhere in code; the readout counts from 1 ("Frame 1 / 16" … "Frame 16 / 16", as people count frames
/// in review), while the timecode starts at 00:00:00:00 as SMPTE timecode does, so frame 0 is "Frame 1" at ":00".
/// </summary>
public sealed class FrameClock
{
    // Browsers report the time of a frame boundary as, say, 0.12499999 instead of 0.125; without this slack that
    // would read as the frame before.
    private const double BoundarySlackFrames = 1e-3;

    public FrameClock(int fps, int frameCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameCount);
        Fps = fps;
        FrameCount = frameCount;
    }

    public int Fps { get; }

    public int FrameCount { get; }

    public int LastFrame => FrameCount - 1;

    public int Clamp(int frame) => Math.Clamp(frame, 0, LastFrame);

    /// <summary>
    /// The middle of the frame, not its start: browsers snap a seek to a frame boundary inconsistently, and a time
    /// inside the frame shows that frame whichever way they round.
    /// </summary>
    public double TimeOf(int frame) => (Clamp(frame) + 0.5) / Fps;

    /// <summary>The frame shown at a media time; times before the start or after the end land on the first or last frame.</summary>
    public int FrameAt(double seconds) =>
        double.IsFinite(seconds) ? Clamp((int)Math.Floor(Math.Min(seconds * Fps + BoundarySlackFrames, int.MaxValue))) : 0;

    /// <summary>HH:MM:SS:FF (non-drop-frame) where FF counts frames within the second from 00.</summary>
    public string Timecode(int frame)
    {
        var clamped = Clamp(frame);
        var totalSeconds = clamped / Fps;
        return string.Create(CultureInfo.InvariantCulture,
            $"{totalSeconds / 3600:00}:{totalSeconds / 60 % 60:00}:{totalSeconds % 60:00}:{clamped % Fps:00}");
    }

    /// <summary>The number a reviewer reads and writes for a frame: 1 for the first.</summary>
    public int DisplayNumber(int frame) => Clamp(frame) + 1;

    public string Readout(int frame) => $"Frame {DisplayNumber(frame)} / {FrameCount}";

    /// <summary>Where a comment sits, as a reviewer reads it: "Frame 5 · 00:00:00:04" or "Frames 5–8 · 00:00:00:04".</summary>
    public string Span(int startFrame, int endFrame) =>
        endFrame > startFrame
            ? $"Frames {DisplayNumber(startFrame)}–{DisplayNumber(endFrame)} · {Timecode(startFrame)}"
            : $"Frame {DisplayNumber(startFrame)} · {Timecode(startFrame)}";
}
