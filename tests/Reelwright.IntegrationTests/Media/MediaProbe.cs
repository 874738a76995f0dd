using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Reelwright.IntegrationTests.Media;

/// <summary>Looks inside encoded media with ffprobe and ffmpeg, the way a player would see it.</summary>
internal static class MediaProbe
{
    /// <summary>The first stream's properties as ffprobe reports them (frames counted by decoding).</summary>
    public static async Task<JsonElement> StreamAsync(ReadOnlyMemory<byte> media, string extension)
    {
        var json = await RunOnFileAsync("ffprobe", media, extension, file =>
            ["-v", "error", "-count_frames", "-show_entries", "stream=codec_name,profile,pix_fmt,width,height,nb_frames,nb_read_frames,duration",
             "-of", "json", file]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("streams")[0].Clone();
    }

    /// <summary>One decoded frame as RGB24 bytes, row by row.</summary>
    public static Task<byte[]> DecodeFrameAsync(ReadOnlyMemory<byte> media, string extension, int frame) =>
        RunOnFileAsync("ffmpeg", media, extension, file =>
            ["-v", "error", "-i", file, "-vf", $"trim=start_frame={frame}:end_frame={frame + 1}", "-frames:v", "1",
             "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]);

    private static async Task<byte[]> RunOnFileAsync(
        string tool, ReadOnlyMemory<byte> media, string extension, Func<string, string[]> arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"reelwright-probe-{Guid.NewGuid():N}{extension}");
        await File.WriteAllBytesAsync(file, media.ToArray());
        try
        {
            var startInfo = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments(file))
                startInfo.ArgumentList.Add(argument);
            using var process = Process.Start(startInfo)!;
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.BaseStream.CopyToAsync(output);
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} could not read the {extension}: {await error}");
            return output.ToArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
