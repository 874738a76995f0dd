using System.Text.Json;
using Reelwright.Data.Activity;

namespace Reelwright.Api.Webhooks;

/// <summary>The JSON body of a delivery (camelCase), as docs/webhooks.md describes it to receivers.</summary>
/// <param name="Id">The delivery's id, also in the X-Reelwright-Delivery header.</param>
/// <param name="Event">An activity kind's name, or Ping.</param>
public sealed record WebhookPayload(Guid Id, string Event, DateTimeOffset OccurredAt, WebhookProjectPayload Project, WebhookActivityPayload Activity)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(Guid deliveryId, string eventName, DateTimeOffset occurredAt, ActivityEntry entry) =>
        JsonSerializer.Serialize(
            new WebhookPayload(deliveryId, eventName, occurredAt, new WebhookProjectPayload(entry.ProjectId), WebhookActivityPayload.From(entry)),
            Json);
}

public sealed record WebhookProjectPayload(Guid Id);

public sealed record WebhookActivityPayload(
    Guid Id, string Kind, Guid? ActorId, Guid? GenerationId, Guid? SubjectId, string Summary, DateTimeOffset CreatedAt)
{
    public static WebhookActivityPayload From(ActivityEntry entry) =>
        new(entry.Id, entry.Kind.ToString(), entry.ActorId, entry.GenerationId, entry.SubjectId, entry.Summary, entry.CreatedAt);
}
