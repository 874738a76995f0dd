namespace Reelwright.Web.Studio;

/// <summary>A team with its members (GET /api/teams/{id}); Role is the signed-in user's.</summary>
public sealed record TeamView(Guid Id, string Name, TeamRole Role, IReadOnlyList<TeamMemberView> Members, double SchedulingWeight = 1);
