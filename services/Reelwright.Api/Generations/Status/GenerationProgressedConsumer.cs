using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Generations.Status;

public sealed class GenerationProgressedConsumer(GenerationStatusRecorder recorder) : IConsumer<GenerationProgressed>
{
    public Task Consume(ConsumeContext<GenerationProgressed> context) => recorder.RecordProgressAsync(context.Message, context.CancellationToken);
}
