using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Reelwright.Worker.Media;
using Xunit;

namespace Reelwright.IntegrationTests.Media;

public sealed class ClipEncoderTests(EncodedRedSquare encoded) : IClassFixture<EncodedRedSquare>
{
    private const int OutputSize = 256;
    private const int PreviewSize = 128;
    private const int Scale = OutputSize / RedSquareClip.Size;
    private const int MiddleFrame = RedSquareClip.FrameCount / 2;

    private EncodedClip Clip => encoded.Clip;

    [Fact]
    public async Task The_mp4_is_h264_that_every_browser_plays_at_the_output_size()
    {
        var stream = await MediaProbe.StreamAsync(Clip.Video.Content, Clip.Video.FileExtension);

        Assert.Equal("h264", stream.GetProperty("codec_name").GetString());
        Assert.Equal("Constrained Baseline", stream.GetProperty("profile").GetString());
        Assert.Equal("yuv420p", stream.GetProperty("pix_fmt").GetString());
        Assert.Equal(OutputSize, stream.GetProperty("width").GetInt32());
        Assert.Equal(OutputSize, stream.GetProperty("height").GetInt32());
        Assert.Equal(("video/mp4", ".mp4"), (Clip.Video.ContentType, Clip.Video.FileExtension));
    }

    [Fact]
    public async Task The_mp4_lasts_exactly_as_long_as_the_frames()
    {
        var stream = await MediaProbe.StreamAsync(Clip.Video.Content, Clip.Video.FileExtension);

        Assert.Equal("16", stream.GetProperty("nb_frames").GetString());
        Assert.Equal("16", stream.GetProperty("nb_read_frames").GetString());
        Assert.Equal("2.000000", stream.GetProperty("duration").GetString());
    }

    [Fact]
    public void The_mp4_can_start_playing_before_it_has_fully_downloaded()
    {
        var boxes = TopLevelBoxes(Clip.Video.Content.Span);

        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), $"moov must come before mdat; boxes: {string.Join(", ", boxes)}");
    }

    [Fact]
    public async Task The_mp4_shows_the_red_square_where_the_frames_put_it()
    {
        var frame = await MediaProbe.DecodeFrameAsync(Clip.Video.Content, Clip.Video.FileExtension, MiddleFrame);

        AssertColourNear(RedSquareClip.Red, PixelAt(frame, SquareCentre(MiddleFrame)));
        AssertColourNear(RedSquareClip.Blue, PixelAt(frame, (Scale * 4, Scale * 4)));
    }

    [Fact]
    public async Task The_poster_is_a_png_of_the_middle_frame_at_the_output_size()
    {
        var png = Clip.Poster.Content.Span;
        Assert.True(png[..8].SequenceEqual<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]), "not a PNG");
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png[12..16]));
        Assert.Equal(OutputSize, BinaryPrimitives.ReadInt32BigEndian(png[16..20]));
        Assert.Equal(OutputSize, BinaryPrimitives.ReadInt32BigEndian(png[20..24]));

        var pixels = await MediaProbe.DecodeFrameAsync(Clip.Poster.Content, Clip.Poster.FileExtension, 0);
        Assert.Equal(RedSquareClip.Red, PixelAt(pixels, SquareCentre(MiddleFrame)));
        Assert.Equal(RedSquareClip.Blue, PixelAt(pixels, (Scale * 4, Scale * 4)));
        Assert.Equal(("image/png", ".png"), (Clip.Poster.ContentType, Clip.Poster.FileExtension));
    }

    [Fact]
    public async Task The_preview_is_a_gif_that_loops_forever_through_every_frame()
    {
        var gif = Clip.Preview.Content.Span;
        Assert.Equal("GIF89a", Encoding.ASCII.GetString(gif[..6]));
        var loop = gif.IndexOf("NETSCAPE2.0"u8);
        Assert.True(loop > 0, "the GIF has no looping extension");
        Assert.True(gif.Slice(loop + 11, 4).SequenceEqual<byte>([3, 1, 0, 0]), "the GIF does not loop forever");

        var stream = await MediaProbe.StreamAsync(Clip.Preview.Content, Clip.Preview.FileExtension);
        Assert.Equal("16", stream.GetProperty("nb_read_frames").GetString());
        Assert.Equal(PreviewSize, stream.GetProperty("width").GetInt32());
        Assert.Equal(PreviewSize, stream.GetProperty("height").GetInt32());
        Assert.Equal(("image/gif", ".gif"), (Clip.Preview.ContentType, Clip.Preview.FileExtension));
    }

    [Fact]
    public async Task Encoding_the_same_frames_twice_gives_the_same_mp4()
    {
        var again = await NewEncoder().EncodeAsync(RedSquareClip.Create(), TestContext.Current.CancellationToken);

        Assert.Equal(Clip.VideoSha256, again.VideoSha256);
        Assert.True(Clip.Video.Content.Span.SequenceEqual(again.Video.Content.Span));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(again.Video.Content.Span)), again.VideoSha256);
    }

    [Fact]
    public async Task Different_frames_give_a_different_mp4()
    {
        var green = await NewEncoder().EncodeAsync(RedSquareClip.Create(background: [0, 255, 0]), TestContext.Current.CancellationToken);

        Assert.NotEqual(Clip.VideoSha256, green.VideoSha256);
    }

    private static ClipEncoder NewEncoder() => new(Options.Create(new ClipEncoderOptions()));

    private static (int X, int Y) SquareCentre(int frame) =>
        (Scale * (RedSquareClip.SquareLeft(frame) + RedSquareClip.SquareSize / 2),
         Scale * (RedSquareClip.SquareTop + RedSquareClip.SquareSize / 2));

    private static byte[] PixelAt(byte[] rgb, (int X, int Y) at) => rgb.AsSpan((at.Y * OutputSize + at.X) * 3, 3).ToArray();

    private static void AssertColourNear(byte[] expected, byte[] actual)
    {
        // H.264 is lossy: colours come back close, not exact.
        const int tolerance = 24;
        Assert.True(expected.Zip(actual).All(c => Math.Abs(c.First - c.Second) <= tolerance),
            $"expected about [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    private static List<string> TopLevelBoxes(ReadOnlySpan<byte> mp4)
    {
        var boxes = new List<string>();
        for (var offset = 0; offset + 8 <= mp4.Length;)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(mp4[offset..]);
            boxes.Add(Encoding.ASCII.GetString(mp4.Slice(offset + 4, 4)));
            if (size < 8)
                break;
            offset += size;
        }

        return boxes;
    }
}
