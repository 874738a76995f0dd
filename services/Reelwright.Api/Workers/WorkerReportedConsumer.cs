using MassTransit;
using Reelwright.Api.Scheduling;
using Reelwright.Contracts;

namespace Reelwright.Api.Workers;

public sealed class WorkerReportedConsumer(WorkerRegistry registry, DispatchSignal dispatcher) : IConsumer<WorkerReported>
{
    public async Task Consume(ConsumeContext<WorkerReported> context)
    {
        await registry.RecordAsync(context.Message, context.CancellationToken);
        // A worker that appeared, or reported a slot free, may take waiting jobs now.
        dispatcher.Notify();
    }
}
