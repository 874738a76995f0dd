using Reelwright.Api.Generations;
using Reelwright.Api.Reviews;

namespace Reelwright.Api.Shots;

/// <param name="ParentGenerationId">The version this one was made from: an edge of the lineage graph.</param>
/// <param name="Changes">Recipe fields that differ from the parent's; empty for a re-run.</param>
public sealed record ShotVersionResponse(int Version, Guid? ParentGenerationId, IReadOnlyList<string> Changes, ReviewState ReviewState, GenerationResponse Generation);

public sealed record ShotResponse(Guid Id, Guid ProjectId, string Name, DateTimeOffset CreatedAt, IReadOnlyList<ShotVersionResponse> Versions);

public sealed record ShotSummaryResponse(Guid Id, Guid ProjectId, string Name, DateTimeOffset CreatedAt, int Versions);

/// <param name="GenerationId">An existing generation of the project to make version 1; none starts an empty shot.</param>
public sealed record CreateShotRequest(Guid? ProjectId, string? Name, Guid? GenerationId);
