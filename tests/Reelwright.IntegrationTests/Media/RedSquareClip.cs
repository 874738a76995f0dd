using Reelwright.Models;

namespace Reelwright.IntegrationTests.Media;

/// <summary>A 16x16 red square moving left two pixels a frame across a blue 64x64 field, 16 frames at 8 fps.</summary>
internal static class RedSquareClip
{
    public const int Size = 64;
    public const int FrameCount = 16;
    public const int Fps = 8;
    public const int SquareSize = 16;
    public const int SquareTop = 24;

    public static readonly byte[] Red = [255, 0, 0];
    public static readonly byte[] Blue = [0, 0, 255];

    public static int SquareLeft(int frame) => 48 - 2 * frame;

    public static RgbClip Create(byte[]? background = null)
    {
        var pixels = new byte[FrameCount * Size * Size * 3];
        for (var frame = 0; frame < FrameCount; frame++)
        for (var y = 0; y < Size; y++)
        for (var x = 0; x < Size; x++)
        {
            var inSquare = y >= SquareTop && y < SquareTop + SquareSize && x >= SquareLeft(frame) && x < SquareLeft(frame) + SquareSize;
            var colour = inSquare ? Red : background ?? Blue;
            colour.CopyTo(pixels, ((frame * Size + y) * Size + x) * 3);
        }

        return new RgbClip(pixels, FrameCount, Size, Size, Fps);
    }
}
