using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Reelwright.Models;

namespace Reelwright.Worker.Media;

/// <summary>
/// Turns sampled frames into what the studio shows: an MP4 for the player, a PNG poster and a looping GIF preview,
/// all from one ffmpeg run that reads the raw frames from stdin.
/// </summary>
public sealed class ClipEncoder(IOptions<ClipEncoderOptions> options)
{
    /// <summary>Output options that leave out version strings and metadata, so the bytes depend on the frames alone.</summary>
    private static readonly string[] Reproducible = ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-map_metadata", "-1"];

    public async Task<EncodedClip> EncodeAsync(RgbClip clip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clip);
        EnsureConsistent(clip);
        var settings = options.Value;

        // Files, not pipes, for the outputs: +faststart rewrites the MP4 after encoding, which needs a seekable file.
        var folder = Directory.CreateTempSubdirectory("reelwright-clip-");
        try
        {
            var outputs = new OutputPaths(folder.FullName);
            await FfmpegProcess.RunAsync(
                settings.FfmpegPath, Arguments(clip, settings, outputs), clip.Pixels, TimeSpan.FromSeconds(settings.TimeoutSeconds), ct);

            var video = await File.ReadAllBytesAsync(outputs.Video, ct);
            var poster = await File.ReadAllBytesAsync(outputs.Poster, ct);
            var preview = await File.ReadAllBytesAsync(outputs.Preview, ct);
            return new EncodedClip(
                new EncodedMedia(video, "video/mp4", ".mp4"),
                new EncodedMedia(poster, "image/png", ".png"),
                new EncodedMedia(preview, "image/gif", ".gif"),
                Convert.ToHexStringLower(SHA256.HashData(video)));
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private static IEnumerable<string> Arguments(RgbClip clip, ClipEncoderOptions settings, OutputPaths outputs)
    {
        // A clip wider than the output size (a 512-pixel Stable Diffusion walk) keeps its own size: the MP4 is the
        // clip itself, never a reduced copy.
        var scaleVideo = Scale(Math.Max(settings.OutputSize, clip.Width), clip);
        var scalePreview = Scale(settings.PreviewSize, clip);
        var middleFrame = clip.FrameCount / 2;

        // Nearest-neighbour keeps the model's pixels crisp. Upscaled by an even factor, each source pixel covers whole
        // 2x2 chroma blocks, so yuv420p does not smear colour across shape edges.
        // The preview is a GIF rather than animated WebP: every <img> plays GIF, and ffmpeg 5.1 (Debian 12) cannot read
        // animated WebP back, so we could not check what we wrote. WebP would be ~9x smaller (5 KB against 48 KB for a
        // model clip), worth revisiting with a newer ffmpeg. The model draws flat backgrounds and soft shapes, which one
        // 256-colour palette for all frames covers; no dithering, as its texture shimmers from frame to frame.
        var filterGraph = string.Join(';',
            $"[0:v]{scaleVideo},split=3[video][poster][preview]",
            "[video]scale=out_color_matrix=bt709:out_range=tv,format=yuv420p[mp4]",
            $"[poster]trim=start_frame={middleFrame}:end_frame={middleFrame + 1}[png]",
            $"[preview]{scalePreview},split[palette_in][frames];[palette_in]palettegen=stats_mode=full[palette]",
            "[frames][palette]paletteuse=dither=none[gif]");

        string[] input =
        [
            "-hide_banner", "-loglevel", "error", "-nostats", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{clip.Width}x{clip.Height}", "-r", Invariant(clip.Fps), "-i", "-",
            "-filter_complex", filterGraph,
        ];
        // Baseline profile: no B-frames, so every browser plays it and timestamps need no edit-list offset.
        // One x264 thread and bitexact muxing make identical frames give identical bytes (same ffmpeg build).
        string[] video =
        [
            "-map", "[mp4]", "-c:v", "libx264", "-threads", "1", "-profile:v", "baseline", "-preset", "medium", "-crf", "18",
            "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709", "-color_range", "tv",
            "-movflags", "+faststart", .. Reproducible, outputs.Video,
        ];
        string[] poster = ["-map", "[png]", "-frames:v", "1", "-update", "1", "-c:v", "png", .. Reproducible, outputs.Poster];
        string[] preview = ["-map", "[gif]", "-c:v", "gif", "-loop", "0", .. Reproducible, outputs.Preview];
        return [.. input, .. video, .. poster, .. preview];
    }

    /// <summary>
    /// A scale filter to the given width and the height that keeps the clip's aspect ratio, both even as yuv420p
    /// requires. Enlarging uses nearest-neighbour (crisp model pixels); reducing averages, which does not alias.
    /// </summary>
    private static string Scale(int width, RgbClip clip)
    {
        width = Math.Max(width / 2 * 2, 2);
        var height = Math.Max((int)Math.Round((double)width * clip.Height / clip.Width / 2) * 2, 2);
        var flags = width >= clip.Width ? "neighbor" : "area";
        return $"scale={Invariant(width)}:{Invariant(height)}:flags={flags}";
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void EnsureConsistent(RgbClip clip)
    {
        if (clip.FrameCount <= 0 || clip.Width <= 0 || clip.Height <= 0 || clip.Fps <= 0)
            throw new ArgumentException(
                $"A clip needs frames, a size and a frame rate; got {clip.FrameCount} frames of {clip.Width}x{clip.Height} at {clip.Fps} fps.",
                nameof(clip));
        if (clip.Pixels.Length != clip.FrameCount * clip.BytesPerFrame)
            throw new ArgumentException(
                $"{clip.FrameCount} frames of {clip.Width}x{clip.Height} RGB need {clip.FrameCount * clip.BytesPerFrame} bytes; got {clip.Pixels.Length}.",
                nameof(clip));
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not hide the encode's own result or error.
        }
    }

    private sealed record OutputPaths(string Folder)
    {
        public string Video => Path.Combine(Folder, "clip.mp4");
        public string Poster => Path.Combine(Folder, "poster.png");
        public string Preview => Path.Combine(Folder, "preview.gif");
    }
}
