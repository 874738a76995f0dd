using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Reelwright.IntegrationTests.Downloads;

/// <summary>Reads a downloaded file's container tags with ffprobe, as a media library or file browser would.</summary>
internal static class DownloadProbe
{
    public static async Task<IReadOnlyDictionary<string, string>> FormatTagsAsync(byte[] media)
    {
        var file = Path.Combine(Path.GetTempPath(), $"reelwright-probe-{Guid.NewGuid():N}.mp4");
        await File.WriteAllBytesAsync(file, media);
        try
        {
            var startInfo = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-v", "quiet", "-print_format", "json", "-show_format", file })
                startInfo.ArgumentList.Add(argument);
            using var process = Process.Start(startInfo)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"ffprobe could not read the download: {await process.StandardError.ReadToEndAsync()}");
            using var document = JsonDocument.Parse(output);
            return document.RootElement.GetProperty("format").TryGetProperty("tags", out var tags)
                ? tags.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString() ?? "")
                : new Dictionary<string, string>();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
