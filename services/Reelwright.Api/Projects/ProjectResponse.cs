using Reelwright.Data.Teams;

namespace Reelwright.Api.Projects;

/// <param name="Role">The caller's role in the project's team.</param>
public sealed record ProjectResponse(Guid Id, Guid TeamId, string TeamName, string Name, TeamRole Role);

public sealed record CreateProjectRequest(string? Name);
