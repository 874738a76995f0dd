using System.Diagnostics;

namespace Reelwright.FaultTests;

/// <summary>Stops and starts the local services through the same script that set them up (infra/local/services.sh).</summary>
public static class LocalServiceControl
{
    public static Task StopAsync(string service) => RunAsync("stop", service);

    /// <summary>Starts whatever is not running, and waits until each service answers.</summary>
    public static Task StartAllAsync() => RunAsync("start");

    public static string RepositoryRoot { get; } = FindRoot();

    private static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot, "infra", "local", "services.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"services.sh {string.Join(' ', arguments)} failed ({process.ExitCode}): {await errors}{await output}");
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Reelwright.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with Reelwright.slnx) was not found above the test binaries.");
    }
}
