using Reelwright.Data.Teams;

namespace Reelwright.Api.Teams;

/// <param name="Role">The caller's role in the team.</param>
public sealed record TeamSummaryResponse(Guid Id, string Name, TeamRole Role);

public sealed record TeamMemberResponse(Guid UserId, string DisplayName, string Email, TeamRole Role, DateTimeOffset JoinedAt);

/// <param name="Role">The caller's role in the team.</param>
/// <param name="SchedulingWeight">Its share of the workers against other teams with waiting jobs (1 by default; administrators set it).</param>
public sealed record TeamResponse(Guid Id, string Name, TeamRole Role, IReadOnlyList<TeamMemberResponse> Members, double SchedulingWeight);

public sealed record InvitationResponse(Guid Id, TeamRole Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, DateTimeOffset? RevokedAt)
{
    public static InvitationResponse From(Invitation i) => new(i.Id, i.Role, i.CreatedAt, i.ExpiresAt, i.AcceptedAt, i.RevokedAt);
}

/// <param name="Token">Put it in the invitation link (the web app's /invitations/{token}); shown only in this response.</param>
public sealed record CreatedInvitationResponse(InvitationResponse Invitation, string Token);

/// <summary>What someone holding an invitation link sees before accepting it.</summary>
public sealed record InvitationPreviewResponse(Guid TeamId, string TeamName, TeamRole Role, DateTimeOffset ExpiresAt, string InvitedBy);
