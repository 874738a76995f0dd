using System.IO.Compression;
using System.Runtime.InteropServices;
using Reelwright.Models;
using Reelwright.UnitTests.Models;
using Xunit;

namespace Reelwright.UnitTests.Inference;

/// <summary>Reads the card's reference vectors: raw little-endian float32 tensors and an unfiltered RGB PNG strip.</summary>
internal static class ReferenceVectors
{
    public static float[] ReadFloats(string fileName) =>
        MemoryMarshal.Cast<byte, float>(File.ReadAllBytes(MiniSoraShapesFiles.Fixture(fileName))).ToArray();

    public static double MaxAbsDifference(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var max = 0.0;
        for (var i = 0; i < expected.Length; i++)
            max = Math.Max(max, Math.Abs((double)expected[i] - actual[i]));
        return max;
    }

    /// <summary>The largest difference, in pixel levels, between a clip's frames and the card's final.png (its 16 frames side by side).</summary>
    public static int MaxPixelDifferenceFromFinalPng(RgbClip clip)
    {
        var (strip, width, height) = ReadPngRgb("final.png");
        var frameRow = clip.Width * 3;
        var largest = 0;
        for (var frame = 0; frame < clip.FrameCount; frame++)
        for (var row = 0; row < height; row++)
        for (var column = 0; column < frameRow; column++)
        {
            var expected = strip[row * width * 3 + frame * frameRow + column];
            var actual = clip.Pixels[(frame * clip.Height + row) * frameRow + column];
            largest = Math.Max(largest, Math.Abs(expected - actual));
        }

        return largest;
    }

    /// <summary>
    /// The pixels of an 8-bit RGB, non-interlaced PNG as rows of RGB bytes. Only the "None" row filter is handled,
    /// which is what the card's final.png uses; anything else fails the test rather than decoding wrongly.
    /// </summary>
    public static (byte[] Rgb, int Width, int Height) ReadPngRgb(string fileName)
    {
        var png = File.ReadAllBytes(MiniSoraShapesFiles.Fixture(fileName));
        var width = ReadBigEndian(png, 16);
        var height = ReadBigEndian(png, 20);
        Assert.Equal((8, 2, 0), (png[24], png[25], png[28]));

        using var compressed = new MemoryStream();
        for (var offset = 8; offset < png.Length;)
        {
            var length = ReadBigEndian(png, offset);
            if (png.AsSpan(offset + 4, 4).SequenceEqual("IDAT"u8))
                compressed.Write(png, offset + 8, length);
            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        var stride = width * 3;
        var rgb = new byte[stride * height];
        var filter = new byte[1];
        for (var row = 0; row < height; row++)
        {
            inflater.ReadExactly(filter);
            Assert.Equal(0, filter[0]);
            inflater.ReadExactly(rgb, row * stride, stride);
        }

        return (rgb, width, height);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        bytes[offset] << 24 | bytes[offset + 1] << 16 | bytes[offset + 2] << 8 | bytes[offset + 3];
}
