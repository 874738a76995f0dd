using Reelwright.Inference;
using Xunit;

namespace Reelwright.UnitTests.Inference;

public sealed class ClipPixelConverterTests
{
    private static readonly ClipTensorShape MiniSoraShapes = new(16, 3, 64, 64);

    [Fact]
    public void The_cards_final_tensor_becomes_exactly_the_cards_final_png()
    {
        var clip = ClipPixelConverter.ToRgbClip(ReferenceVectors.ReadFloats("final.f32"), MiniSoraShapes, fps: 8);
        var (strip, width, height) = ReferenceVectors.ReadPngRgb("final.png");

        // final.png lays the 16 frames side by side; RgbClip stores them one after another.
        Assert.Equal((16 * 64, 64), (width, height));
        for (var frame = 0; frame < 16; frame++)
        for (var row = 0; row < 64; row++)
        {
            var expected = strip.AsSpan(row * width * 3 + frame * 64 * 3, 64 * 3);
            var actual = clip.Frame(frame).Span.Slice(row * 64 * 3, 64 * 3);
            Assert.True(expected.SequenceEqual(actual), $"frame {frame}, row {row} differs");
        }
    }

    [Theory]
    [InlineData(-1f, 0)]
    [InlineData(-7f, 0)]
    [InlineData(1f, 255)]
    [InlineData(3f, 255)]
    [InlineData(0f, 128)] // 127.5 rounds up
    [InlineData(float.NaN, 0)]
    public void Values_are_clamped_and_rounded_to_bytes(float value, byte expected)
    {
        var tensor = new float[3];
        tensor.AsSpan().Fill(value);

        var clip = ClipPixelConverter.ToRgbClip(tensor, new ClipTensorShape(1, 3, 1, 1), fps: 8);

        Assert.Equal([expected, expected, expected], clip.Pixels);
    }

    [Fact]
    public void Channels_become_interleaved_rgb()
    {
        // One frame of 1x2 pixels: red plane, green plane, blue plane.
        float[] tensor = [1f, -1f, -1f, 1f, -1f, -1f];

        var clip = ClipPixelConverter.ToRgbClip(tensor, new ClipTensorShape(1, 3, 1, 2), fps: 8);

        Assert.Equal([255, 0, 0, 0, 255, 0], clip.Pixels);
    }
}
