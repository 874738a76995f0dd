using MassTransit;

namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Worker events all land on one queue. A brief database hiccup should delay a status update, not drop it,
/// so consumption is retried with growing intervals before the message is faulted.
/// </summary>
public sealed class GenerationStatusConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public GenerationStatusConsumerDefinition() => EndpointName = GenerationStatusEndpoint.QueueName;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000, 15000));
}
