using Reelwright.Contracts;

namespace Reelwright.Api.Outbox;

/// <summary>
/// The messages the API may put in its outbox, by stable name. A name is stored in the database, so it must
/// survive renames of the CLR type: map it here rather than storing Type.FullName. Commands name the queue they
/// are sent to; events (no queue) are published to whoever subscribes.
/// </summary>
public static class OutboxMessageTypes
{
    private static readonly OutboxMessageType[] All =
    [
        new("generate-clip", typeof(GenerateClip), job => new Uri($"queue:{GenerateClip.QueueFor(((GenerateClip)job).ModelId)}")),
        new("generation-cancellation-requested", typeof(GenerationCancellationRequested), QueueOf: null),
    ];

    public static OutboxMessageType Of(Type messageType) =>
        All.SingleOrDefault(t => t.Type == messageType)
        ?? throw new InvalidOperationException($"{messageType.Name} is not registered as an outbox message type.");

    public static OutboxMessageType Named(string name) =>
        All.SingleOrDefault(t => t.Name == name)
        ?? throw new InvalidOperationException($"Outbox message type '{name}' is unknown to this version of the API.");
}
