using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Generations.Status;

public sealed class GenerationFailedConsumer(GenerationStatusRecorder recorder) : IConsumer<GenerationFailed>
{
    public Task Consume(ConsumeContext<GenerationFailed> context) =>
        recorder.RecordFailureAsync(context.Message.GenerationId, context.Message.Reason, context.Message.FailedAt, context.CancellationToken);
}
