using Reelwright.Worker.Models;
using Reelwright.Worker.Storage;

namespace Reelwright.Worker.Extensions;

/// <summary>Loads every model (one session each) and creates the clip container before the worker takes jobs.</summary>
public sealed class WorkerStartup(LoadedModels models, ClipStore store, ILogger<WorkerStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.EnsureContainerAsync(cancellationToken);
        logger.LogInformation("Worker ready on {ExecutionProvider}; clips go to container {Container}",
            models.ExecutionProvider.Provider, store.Container);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
