using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Worker.Generation;

/// <summary>Every worker consumes cancellations on a queue of its own, since any of them may be running the job.</summary>
public sealed class GenerationCancellationRequestedConsumer(JobCancellations cancellations, ILogger<GenerationCancellationRequestedConsumer> logger)
    : IConsumer<GenerationCancellationRequested>
{
    public Task Consume(ConsumeContext<GenerationCancellationRequested> context)
    {
        logger.LogInformation("Generation {GenerationId} was canceled", context.Message.GenerationId);
        cancellations.Cancel(context.Message.GenerationId);
        return Task.CompletedTask;
    }
}
