using System.ComponentModel.DataAnnotations;

namespace Reelwright.Worker.Extensions;

public sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    /// <summary>How this worker names itself in job status; defaults to host and process id.</summary>
    public string Name { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>
    /// Jobs sampled at once. One by default: a GPU runs one session at a time, and on CPU two clips at once only
    /// split the same cores. Raise it for CPU workers with many cores to spare.
    /// </summary>
    [Range(1, 64)]
    public int ConcurrentJobs { get; set; } = 1;

    /// <summary>How often the worker reports itself to the studio; three missed reports and it is shown offline.</summary>
    [Range(1, 3600)]
    public int ReportIntervalSeconds { get; set; } = 10;

    /// <summary>Keep ONNX Runtime's optimised graph of each model on disk, so later starts load it ready-made.</summary>
    public bool CacheOptimizedModels { get; set; } = true;

    /// <summary>Where those graphs go; empty for a <c>.onnx-cache</c> folder beside each model.</summary>
    public string? OptimizedModelCacheDirectory { get; set; }

    /// <summary>Execution providers to try, in order (CPU, CUDA, DirectML); empty means the platform's default order.</summary>
    public string[] ExecutionProviders { get; set; } = [];
}
