using MassTransit;
using Microsoft.Extensions.Options;
using Reelwright.Contracts;
using Reelwright.Worker.Extensions;

namespace Reelwright.Worker.Generation;

/// <summary>
/// One job at a time per worker by default, and no more prefetched than that: a job waiting in this worker's
/// buffer is a job another idle worker could be running. An unexpected exception is retried twice, then faulted
/// (the API turns the fault into a Failed generation).
/// </summary>
public sealed class GenerateClipConsumerDefinition : ConsumerDefinition<GenerateClipConsumer>
{
    private readonly int _concurrentJobs;

    public GenerateClipConsumerDefinition(IOptions<WorkerOptions> options)
    {
        _concurrentJobs = options.Value.ConcurrentJobs;
        EndpointName = GenerateClip.Queue;
        ConcurrentMessageLimit = _concurrentJobs;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<GenerateClipConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            rabbit.PrefetchCount = _concurrentJobs;
        consumerConfigurator.UseMessageRetry(retry => retry.Intervals(1000, 5000));
    }
}
