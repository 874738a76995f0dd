using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Generations.Status;

public sealed class ClipGeneratedConsumer(GenerationStatusRecorder recorder) : IConsumer<ClipGenerated>
{
    public Task Consume(ConsumeContext<ClipGenerated> context) => recorder.RecordClipAsync(context.Message, context.CancellationToken);
}
