namespace Reelwright.Api.Webhooks;

/// <summary>A due delivery one sender holds the lease on, with what it needs to POST it.</summary>
public sealed record ClaimedDelivery(Guid Id, string Event, string Payload, string Url, string Secret);
