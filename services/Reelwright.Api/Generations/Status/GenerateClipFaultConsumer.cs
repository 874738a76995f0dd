using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// The safety net: when a worker's consumer throws past its retries, MassTransit publishes Fault&lt;GenerateClip&gt;;
/// the job ends Failed with the reason instead of staying Running forever.
/// </summary>
public sealed class GenerateClipFaultConsumer(GenerationStatusRecorder recorder, TimeProvider clock) : IConsumer<Fault<GenerateClip>>
{
    public Task Consume(ConsumeContext<Fault<GenerateClip>> context)
    {
        var reason = context.Message.Exceptions.FirstOrDefault()?.Message ?? "The worker failed without a reason.";
        return recorder.RecordFailureAsync(context.Message.Message.GenerationId, $"Worker error: {reason}", clock.GetUtcNow(), context.CancellationToken);
    }
}
