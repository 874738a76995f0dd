using System.ComponentModel.DataAnnotations;

namespace Reelwright.Api.Scheduling;

public sealed class DispatcherOptions
{
    public const string SectionName = "Dispatcher";

    /// <summary>False makes an API instance that never releases jobs (another instance does).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The fallback poll; a submitted job, a finished one or a worker report wakes the dispatcher at once.</summary>
    [Range(50, 60_000)]
    public int PollIntervalMs { get; set; } = 1000;

    /// <summary>
    /// Jobs released beyond each worker's concurrency, waiting in its model's queue, so a worker finishing a job finds
    /// the next one at once. 1 keeps the gap between jobs near zero and fairness one job late at most.
    /// </summary>
    [Range(0, 16)]
    public int PrefetchPerWorker { get; set; } = 1;

    /// <summary>How far back released clips count as service when choosing whose job goes next.</summary>
    [Range(1, 1440)]
    public int FairnessWindowMinutes { get; set; } = 10;

    /// <summary>A running job whose worker has stopped reporting for this long is put back in the queue.</summary>
    [Range(5, 86_400)]
    public int StuckAfterSeconds { get; set; } = 120;
}
