using System.ComponentModel;
using System.Diagnostics;

namespace Reelwright.Worker.Media;

/// <summary>Runs ffmpeg once, feeding it raw frames on stdin, and turns every way it can go wrong into a readable error.</summary>
internal static class FfmpegProcess
{
    private const int StandardErrorLinesShown = 5;

    public static async Task RunAsync(
        string ffmpegPath, IEnumerable<string> arguments, ReadOnlyMemory<byte> standardInput, TimeSpan timeout, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var process = Start(ffmpegPath, arguments);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var killOnCancel = deadline.Token.Register(() => Kill(process));

        // Read stderr while writing stdin: ffmpeg blocks if either pipe fills up.
        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await WriteAndCloseAsync(process.StandardInput, standardInput, deadline.Token);
        await process.WaitForExitAsync(CancellationToken.None);

        ct.ThrowIfCancellationRequested();
        if (process.ExitCode == 0)
            return;
        if (deadline.IsCancellationRequested)
            throw new ClipEncodingException($"ffmpeg did not finish within {timeout.TotalSeconds:0} s.");
        throw new ClipEncodingException($"ffmpeg failed (exit code {process.ExitCode}): {LastLines(await standardError)}");
    }

    private static Process Start(string ffmpegPath, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(ffmpegPath)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);

        try
        {
            return Process.Start(startInfo) ?? throw new ClipEncodingException($"ffmpeg could not be started from \"{ffmpegPath}\".");
        }
        catch (Win32Exception e)
        {
            throw new ClipEncodingException($"ffmpeg is not installed on this worker (looked for \"{ffmpegPath}\").", e);
        }
    }

    private static async Task WriteAndCloseAsync(StreamWriter stdin, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        // A write or close that fails means ffmpeg stopped reading (it failed, or we killed it): its exit code and
        // stderr say why, so the pipe's own error is not worth reporting.
        try
        {
            await stdin.BaseStream.WriteAsync(content, ct);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
        }

        try
        {
            // End of input: ffmpeg finishes the outputs once stdin closes.
            stdin.Close();
        }
        catch (IOException)
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static string LastLines(string standardError)
    {
        var lines = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "it printed no error." : string.Join(Environment.NewLine, lines.TakeLast(StandardErrorLinesShown));
    }
}
