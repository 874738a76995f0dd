using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Worker.Generation;

public sealed class GenerateClipConsumer(ClipProducer producer) : IConsumer<GenerateClip>
{
    public Task Consume(ConsumeContext<GenerateClip> context) =>
        producer.ProduceAsync(context.Message, context, context.CancellationToken);
}
