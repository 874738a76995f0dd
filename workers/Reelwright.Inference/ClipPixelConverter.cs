using Reelwright.Models;

namespace Reelwright.Inference;

/// <summary>
/// Turns network output ([frame, channel, row, column], values about [-1, 1]) into 8-bit frames for the encoder
/// (frame-major, row, column, RGB): pixel = round((clamp(x, -1, 1) + 1)·127.5), halves rounded up, as the MiniSora
/// model card's reference does. Stable Diffusion's VAE output uses the same range and conversion.
/// </summary>
public static class ClipPixelConverter
{
    public static RgbClip ToRgbClip(ReadOnlySpan<float> clip, ClipTensorShape shape, int fps)
    {
        if (clip.Length != shape.ElementCount)
            throw new ArgumentException($"The clip tensor must hold {shape.ElementCount} values, not {clip.Length}.", nameof(clip));

        var pixels = new byte[shape.ElementCount];
        var frameLength = shape.Channels * shape.Height * shape.Width;
        for (var frame = 0; frame < shape.Frames; frame++)
            WriteFrame(clip.Slice(frame * frameLength, frameLength), shape.Channels, pixels.AsSpan(frame * frameLength, frameLength));

        return new RgbClip(pixels, shape.Frames, shape.Width, shape.Height, fps);
    }

    /// <summary>One frame: planar channels in (each a row-major plane), interleaved pixels out.</summary>
    public static void WriteFrame(ReadOnlySpan<float> planes, int channels, Span<byte> interleaved)
    {
        var plane = planes.Length / channels;
        for (var channel = 0; channel < channels; channel++)
        {
            var source = planes.Slice(channel * plane, plane);
            for (var pixel = 0; pixel < plane; pixel++)
                interleaved[pixel * channels + channel] = ToByte(source[pixel]);
        }
    }

    // Math.Clamp passes NaN through; a NaN pixel (a broken model) becomes black rather than an arbitrary byte.
    private static byte ToByte(float value) =>
        float.IsNaN(value) ? (byte)0 : (byte)Math.Floor((Math.Clamp(value, -1f, 1f) + 1.0) * 127.5 + 0.5);
}
