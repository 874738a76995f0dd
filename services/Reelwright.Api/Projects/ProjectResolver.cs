using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Access;
using Reelwright.Data;
using Reelwright.Data.Projects;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Projects;

/// <summary>
/// Which project a request means: the one it names, if the caller is in its team, or else the caller's default,
/// their oldest project in a team they own (a new account's own "My clips"), or failing that in one they edit in.
/// </summary>
public sealed class ProjectResolver(StudioDbContext db, StudioAccess access)
{
    public async Task<ResolvedProject?> ResolveAsync(Guid? projectId, CancellationToken ct)
    {
        var roles = await access.RolesAsync(ct);
        if (projectId is { } id)
        {
            var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
            return project is not null && roles.TryGetValue(project.TeamId, out var role) ? new ResolvedProject(project, role) : null;
        }

        // Teams one owns first (a new account's own team), so joining someone else's older team as an editor does not
        // move where one's unaddressed generations go.
        var writable = roles.Where(r => r.Value >= TeamRole.Editor).Select(r => r.Key).ToList();
        var owned = roles.Where(r => r.Value == TeamRole.Owner).Select(r => r.Key).ToList();
        var first = await db.Projects.AsNoTracking().Where(p => writable.Contains(p.TeamId))
            .OrderByDescending(p => owned.Contains(p.TeamId)).ThenBy(p => p.CreatedAt).FirstOrDefaultAsync(ct);
        return first is null ? null : new ResolvedProject(first, roles[first.TeamId]);
    }
}

public sealed record ResolvedProject(Project Project, TeamRole Role);
