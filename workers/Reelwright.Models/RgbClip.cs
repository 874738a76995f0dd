namespace Reelwright.Models;

/// <summary>
/// Decoded frames of one clip: 8-bit RGB, frame-major, then row, column, channel (RGB24 per frame, frames back to back).
/// This is the hand-off between sampling and encoding.
/// </summary>
public sealed record RgbClip(byte[] Pixels, int FrameCount, int Width, int Height, int Fps)
{
    public int BytesPerFrame => Width * Height * 3;

    public double DurationSeconds => (double)FrameCount / Fps;

    public ReadOnlyMemory<byte> Frame(int index) => Pixels.AsMemory(index * BytesPerFrame, BytesPerFrame);
}
