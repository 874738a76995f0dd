namespace Reelwright.Api.Outbox;

/// <param name="Name">Stored in outbox rows; never change it for an existing type.</param>
/// <param name="Type">The contract the payload deserialises to.</param>
/// <param name="Queue">Where a command is sent (declared if missing, so it waits for a consumer); null to publish an event.</param>
public sealed record OutboxMessageType(string Name, Type Type, Uri? Queue);
