using System.ComponentModel;
using System.Diagnostics;

namespace Reelwright.Api.Downloads;

/// <summary>Runs ffmpeg once on files, and turns every way it can go wrong into a readable error.</summary>
internal static class FfmpegProcess
{
    private const int StandardErrorLinesShown = 5;

    public static async Task RunAsync(string ffmpegPath, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var process = Start(ffmpegPath, arguments);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        using var killOnCancel = deadline.Token.Register(() => Kill(process));

        var standardError = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);

        ct.ThrowIfCancellationRequested();
        if (process.ExitCode == 0)
            return;
        if (deadline.IsCancellationRequested)
            throw new RemuxFailedException($"ffmpeg did not finish within {timeout.TotalSeconds:0} s.");
        throw new RemuxFailedException($"ffmpeg failed (exit code {process.ExitCode}): {LastLines(await standardError)}");
    }

    private static Process Start(string ffmpegPath, IEnumerable<string> arguments)
    {
        var startInfo = new ProcessStartInfo(ffmpegPath) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);

        try
        {
            return Process.Start(startInfo) ?? throw new RemuxFailedException($"ffmpeg could not be started from \"{ffmpegPath}\".");
        }
        catch (Win32Exception e)
        {
            throw new RemuxFailedException($"ffmpeg is not installed on this API host (looked for \"{ffmpegPath}\"; see Downloads:FfmpegPath).", e);
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
