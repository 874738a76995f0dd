using Microsoft.EntityFrameworkCore;
using Reelwright.Data;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Teams;

public static class TeamResponses
{
    /// <param name="callerRole">The caller's role, already checked.</param>
    public static async Task<TeamResponse> ForAsync(StudioDbContext db, Guid teamId, TeamRole callerRole, CancellationToken ct)
    {
        var team = await db.Teams.Where(t => t.Id == teamId).Select(t => new { t.Name, t.SchedulingWeight }).SingleAsync(ct);
        var members = await db.TeamMembers.AsNoTracking()
            .Where(m => m.TeamId == teamId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamMemberResponse(u.Id, u.DisplayName, u.Email ?? "", m.Role, m.JoinedAt))
            .ToListAsync(ct);
        return new TeamResponse(teamId, team.Name, callerRole,
            [.. members.OrderByDescending(m => m.Role).ThenBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase)], team.SchedulingWeight);
    }
}
