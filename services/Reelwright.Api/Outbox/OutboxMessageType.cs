namespace Reelwright.Api.Outbox;

/// <param name="Name">Stored in outbox rows; never change it for an existing type.</param>
/// <param name="Type">The contract the payload deserialises to.</param>
/// <param name="QueueOf">Where a command is sent (declared if missing, so it waits for a consumer), from its payload; null to publish an event.</param>
public sealed record OutboxMessageType(string Name, Type Type, Func<object, Uri>? QueueOf);
