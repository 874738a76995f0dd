using MassTransit;
using Reelwright.Contracts;

namespace Reelwright.Api.Workers;

public sealed class WorkerReportedConsumer(WorkerRegistry registry) : IConsumer<WorkerReported>
{
    public Task Consume(ConsumeContext<WorkerReported> context) => registry.RecordAsync(context.Message, context.CancellationToken);
}
