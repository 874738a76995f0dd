using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Generations.Status;

public sealed class GenerationStartedConsumer(GenerationStatusRecorder recorder) : IConsumer<GenerationStarted>
{
    public Task Consume(ConsumeContext<GenerationStarted> context) => recorder.RecordStartedAsync(context.Message, context.CancellationToken);
}
