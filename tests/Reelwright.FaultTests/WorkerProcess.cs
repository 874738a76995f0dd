using System.Diagnostics;
using Reelwright.Testing;

namespace Reelwright.FaultTests;

/// <summary>The real worker as its own process (the built Reelwright.Worker.dll), so a test can kill it as an operator's machine would die.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(IsolatedStudioResources resources, string name)
    {
        var dll = Directory.EnumerateFiles(Path.Combine(LocalServiceControl.RepositoryRoot, "workers", "Reelwright.Worker", "bin"), "Reelwright.Worker.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException("Build the worker first: no Reelwright.Worker.dll under workers/Reelwright.Worker/bin.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__RabbitMq"] = resources.RabbitMqUri;
        start.Environment["ConnectionStrings__Blobs"] = resources.BlobConnectionString;
        start.Environment["ClipStore__Container"] = resources.Container;
        start.Environment["Worker__Name"] = name;
        start.Environment["Worker__ReportIntervalSeconds"] = "1";
        var process = Process.Start(start)!;
        // Drain its output so a chatty worker never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process);
    }

    /// <summary>SIGKILL: no shutdown, no acknowledgements, no goodbye to the broker.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            Kill();
        _process.Dispose();
    }
}
