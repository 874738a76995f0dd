using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Data;
using Reelwright.Data.Teams;

namespace Reelwright.Api.ShareLinks;

/// <summary>What a link shares (a clip or a version stack) as far as the caller may see it, and their role in its team.</summary>
/// <param name="Role">Null when the caller sees it (a public clip) without being in its team.</param>
public sealed record ShareTarget(Guid ProjectId, Guid TeamId, TeamRole? Role);

public static class ShareTargets
{
    /// <summary>The clip or stack, or a 404 when the caller may not see it (stacks are seen by the team's members only).</summary>
    public static async Task<(ShareTarget? Target, IResult? Refusal)> FindAsync(StudioDbContext db, StudioAccess access, Guid? generationId, Guid? shotId, CancellationToken ct)
    {
        if (generationId is { } id)
        {
            var clip = await (await access.VisibleGenerationsAsync(ct)).Where(g => g.Id == id).Select(g => new { g.ProjectId, g.TeamId }).SingleOrDefaultAsync(ct);
            return clip is null
                ? (null, AccessProblems.NotFound("generation"))
                : (new ShareTarget(clip.ProjectId, clip.TeamId, await access.RoleInAsync(clip.TeamId, ct)), null);
        }

        var shot = await db.Shots.AsNoTracking().Where(s => s.Id == shotId).Select(s => new { s.ProjectId, s.TeamId }).SingleOrDefaultAsync(ct);
        var role = shot is null ? null : await access.RoleInAsync(shot.TeamId, ct);
        return shot is null || role is null ? (null, AccessProblems.NotFound("shot")) : (new ShareTarget(shot.ProjectId, shot.TeamId, role), null);
    }
}
