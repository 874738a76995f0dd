using Microsoft.Extensions.Options;

namespace Reelwright.Api.Scheduling;

/// <summary>Runs dispatch rounds whenever woken (<see cref="DispatchSignal"/>) and at least every poll interval.</summary>
public sealed class JobDispatcher(IServiceScopeFactory scopes, DispatchSignal signal, IOptions<DispatcherOptions> options, ILogger<JobDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DispatchRound>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "A dispatch round failed; retrying in {PollIntervalMs} ms", options.Value.PollIntervalMs);
            }

            await signal.WaitAsync(pollInterval, stoppingToken);
        }
    }
}
