using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// Turns the sampler's tensor ([frame, channel, row, column], values about [-1, 1]) into 8-bit frames for the
/// encoder (frame-major, row, column, RGB): pixel = round((clamp(x, -1, 1) + 1)·127.5), halves rounded up, as the
/// model card's reference does.
/// </summary>
public static class ClipPixelConverter
{
    public static RgbClip ToRgbClip(ReadOnlySpan<float> clip, ClipTensorShape shape, int fps)
    {
        if (clip.Length != shape.ElementCount)
            throw new ArgumentException($"The clip tensor must hold {shape.ElementCount} values, not {clip.Length}.", nameof(clip));

        var pixels = new byte[shape.ElementCount];
        var plane = shape.Height * shape.Width;
        for (var frame = 0; frame < shape.Frames; frame++)
        {
            var frameOffset = frame * plane * shape.Channels;
            for (var channel = 0; channel < shape.Channels; channel++)
            {
                var source = clip.Slice(frameOffset + channel * plane, plane);
                for (var pixel = 0; pixel < plane; pixel++)
                    pixels[frameOffset + pixel * shape.Channels + channel] = ToByte(source[pixel]);
            }
        }

        return new RgbClip(pixels, shape.Frames, shape.Width, shape.Height, fps);
    }

    // Math.Clamp passes NaN through; a NaN pixel (a broken model) becomes black rather than an arbitrary byte.
    private static byte ToByte(float value) =>
        float.IsNaN(value) ? (byte)0 : (byte)Math.Floor((Math.Clamp(value, -1f, 1f) + 1.0) * 127.5 + 0.5);
}
