using System.Diagnostics;
using Microsoft.Extensions.Options;
using Reelwright.Worker.Media;
using Xunit;

namespace Reelwright.IntegrationTests.Media;

public sealed class ClipEncoderFailureTests
{
    [Fact]
    public async Task A_missing_ffmpeg_is_reported_in_words_a_user_understands()
    {
        var encoder = Encoder(ffmpegPath: "/nonexistent/ffmpeg");

        var error = await Assert.ThrowsAsync<ClipEncodingException>(
            () => encoder.EncodeAsync(RedSquareClip.Create(), TestContext.Current.CancellationToken));

        Assert.StartsWith("ffmpeg is not installed on this worker", error.Message);
    }

    [Fact]
    public async Task A_failing_ffmpeg_is_reported_with_its_exit_code()
    {
        var encoder = Encoder(ffmpegPath: "false");

        var error = await Assert.ThrowsAsync<ClipEncodingException>(
            () => encoder.EncodeAsync(RedSquareClip.Create(), TestContext.Current.CancellationToken));

        Assert.StartsWith("ffmpeg failed (exit code 1)", error.Message);
    }

    [Fact]
    public async Task Cancelling_an_encode_stops_ffmpeg_at_once()
    {
        var hangingFfmpeg = await WriteScriptAsync("exec sleep 30");
        try
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var stopwatch = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(
                () => Encoder(hangingFfmpeg).EncodeAsync(RedSquareClip.Create(), cancellation.Token));

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"the encode took {stopwatch.Elapsed} to stop");
        }
        finally
        {
            File.Delete(hangingFfmpeg);
        }
    }

    [Fact]
    public async Task A_hanging_ffmpeg_is_stopped_after_the_timeout()
    {
        var hangingFfmpeg = await WriteScriptAsync("exec sleep 30");
        try
        {
            var encoder = Encoder(hangingFfmpeg, timeoutSeconds: 1);

            var error = await Assert.ThrowsAsync<ClipEncodingException>(
                () => encoder.EncodeAsync(RedSquareClip.Create(), TestContext.Current.CancellationToken));

            Assert.Equal("ffmpeg did not finish within 1 s.", error.Message);
        }
        finally
        {
            File.Delete(hangingFfmpeg);
        }
    }

    private static ClipEncoder Encoder(string ffmpegPath, int timeoutSeconds = 60) =>
        new(Options.Create(new ClipEncoderOptions { FfmpegPath = ffmpegPath, TimeoutSeconds = timeoutSeconds }));

    /// <summary>A shell script that stands in for ffmpeg, to make it misbehave on purpose.</summary>
    private static async Task<string> WriteScriptAsync(string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"reelwright-fake-ffmpeg-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(path, $"#!/bin/sh\n{body}\n");
        if (OperatingSystem.IsWindows())
            Assert.Skip("A shell script stands in for ffmpeg here.");
        else
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
