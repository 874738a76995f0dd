using Reelwright.Data.Teams;

namespace Reelwright.Api.Teams;

public sealed record CreateTeamRequest(string? Name);

public sealed record ChangeRoleRequest(TeamRole? Role);

/// <param name="ExpiresInHours">1 to 720 (30 days); 72 when omitted.</param>
public sealed record CreateInvitationRequest(TeamRole? Role, int? ExpiresInHours);
