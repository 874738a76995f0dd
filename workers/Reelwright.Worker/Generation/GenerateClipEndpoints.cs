using MassTransit;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Worker.Extensions;
using Reelwright.Worker.Models;

namespace Reelwright.Worker.Generation;

/// <summary>
/// One receive endpoint per model this worker has loaded, on that model's queue, so it receives only jobs it can run.
/// One job at a time per worker by default, and no more prefetched than that: a job waiting in this worker's buffer is
/// a job another idle worker could be running. An unexpected exception is retried twice, then faulted (the API turns
/// the fault into a Failed generation).
/// </summary>
public static class GenerateClipEndpoints
{
    public static void ConfigureGenerateClipEndpoints(this IRabbitMqBusFactoryConfigurator rabbit, IBusRegistrationContext context)
    {
        var concurrentJobs = context.GetRequiredService<IOptions<WorkerOptions>>().Value.ConcurrentJobs;
        foreach (var modelId in context.GetRequiredService<LoadedModels>().RunnableModelIds)
        {
            rabbit.ReceiveEndpoint(GenerateClip.QueueFor(modelId), endpoint =>
            {
                // Jobs are sent to a model's queue, never published: a published job bound to every model's queue
                // would reach workers that cannot run it.
                endpoint.ConfigureConsumeTopology = false;
                endpoint.PrefetchCount = concurrentJobs;
                endpoint.ConcurrentMessageLimit = concurrentJobs;
                endpoint.ConfigureConsumer<GenerateClipConsumer>(context, consumer => consumer.UseMessageRetry(retry => retry.Intervals(1000, 5000)));
            });
        }
    }
}
