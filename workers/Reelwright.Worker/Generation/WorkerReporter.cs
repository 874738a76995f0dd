using MassTransit;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Worker.Extensions;
using Reelwright.Worker.Models;

namespace Reelwright.Worker.Generation;

/// <summary>
/// Tells the studio this worker exists, what it runs on and which models it can run, at start and then every
/// <see cref="WorkerOptions.ReportIntervalSeconds"/>. The studio shows it on the Workers page and refuses jobs for a
/// model every live worker reports broken.
/// </summary>
public sealed class WorkerReporter(
    IBus bus,
    LoadedModels models,
    WorkerActivity activity,
    TimeProvider clock,
    IOptions<WorkerOptions> options,
    ILogger<WorkerReporter> logger) : BackgroundService
{
    private readonly DateTimeOffset _startedAt = clock.GetUtcNow();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReportIntervalSeconds), clock);
        do
        {
            try
            {
                await bus.Publish(Report(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not report this worker to the studio; trying again next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private WorkerReported Report() => new(
        options.Value.Name,
        Environment.MachineName,
        models.ExecutionProvider.Provider,
        models.ExecutionProvider.Describe(),
        options.Value.ConcurrentJobs,
        models.Report(),
        activity.Running,
        Math.Round(activity.ClipsPerMinute(_startedAt), 2),
        _startedAt,
        clock.GetUtcNow());
}
