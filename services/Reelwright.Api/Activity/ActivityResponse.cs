using Reelwright.Data.Activity;

namespace Reelwright.Api.Activity;

/// <param name="ActorName">Who did it, when known (a clip finishing is its author's).</param>
public sealed record ActivityResponse(Guid Id, ActivityKind Kind, Guid? ActorId, string? ActorName, Guid? GenerationId, Guid? SubjectId, string Summary, DateTimeOffset CreatedAt);

public sealed record ActivityPage(IReadOnlyList<ActivityResponse> Items, string? NextCursor);
