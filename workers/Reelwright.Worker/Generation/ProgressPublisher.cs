using System.Threading.Channels;
using MassTransit;
using Reelwright.Contracts;
using Reelwright.Inference;

namespace Reelwright.Worker.Generation;

/// <summary>
/// Turns sampling progress into GenerationProgressed events without making the sampler wait on the broker:
/// steps are queued and published in order by a pump, which is drained before the clip is announced.
/// </summary>
public sealed class ProgressPublisher : IProgress<SamplingProgress>, IAsyncDisposable
{
    private readonly Channel<SamplingProgress> _steps = Channel.CreateUnbounded<SamplingProgress>(new() { SingleReader = true });
    private readonly Task _pump;

    public ProgressPublisher(Guid generationId, IPublishEndpoint publisher, TimeProvider clock, CancellationToken ct)
    {
        _pump = Task.Run(async () =>
        {
            await foreach (var step in _steps.Reader.ReadAllAsync(ct))
                await publisher.Publish(new GenerationProgressed(generationId, step.Step, step.TotalSteps, clock.GetUtcNow()), ct);
        }, ct);
    }

    public void Report(SamplingProgress value) => _steps.Writer.TryWrite(value);

    /// <summary>Waits until every reported step is published.</summary>
    public async ValueTask DisposeAsync()
    {
        _steps.Writer.TryComplete();
        await _pump;
    }
}
