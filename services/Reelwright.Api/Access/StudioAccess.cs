using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Data.Teams;

namespace Reelwright.Api.Access;

/// <summary>
/// Who the caller is and what they may see, for one request. The rules live here and nowhere else:
/// a generation is visible to its author, to its team's members unless it is private, and to anyone when public;
/// a team's role decides what a member may change (<see cref="TeamRole"/>).
/// </summary>
public sealed class StudioAccess(StudioDbContext db, IHttpContextAccessor http)
{
    private Dictionary<Guid, TeamRole>? _roles;
    private bool? _isAdmin;

    /// <summary>The caller, or null when anonymous.</summary>
    public Guid? UserId => http.HttpContext?.User.UserId();

    /// <summary>The caller's role in each of their teams (empty when anonymous), read once per request.</summary>
    public async Task<IReadOnlyDictionary<Guid, TeamRole>> RolesAsync(CancellationToken ct)
    {
        if (_roles is not null)
            return _roles;
        _roles = UserId is { } userId
            ? await db.TeamMembers.AsNoTracking().Where(m => m.UserId == userId).ToDictionaryAsync(m => m.TeamId, m => m.Role, ct)
            : [];
        return _roles;
    }

    public async Task<TeamRole?> RoleInAsync(Guid teamId, CancellationToken ct) =>
        (await RolesAsync(ct)).TryGetValue(teamId, out var role) ? role : null;

    /// <summary>The caller's role in the project's team; null when the project does not exist or is not theirs (both 404).</summary>
    public async Task<TeamRole?> RoleInProjectAsync(Guid projectId, CancellationToken ct) =>
        await db.Projects.Where(p => p.Id == projectId).Select(p => (Guid?)p.TeamId).SingleOrDefaultAsync(ct) is { } teamId
            ? await RoleInAsync(teamId, ct)
            : null;

    /// <summary>Every generation the caller may see, as a query to refine.</summary>
    public async Task<IQueryable<Generation>> VisibleGenerationsAsync(CancellationToken ct)
    {
        var teams = (await RolesAsync(ct)).Keys.ToList();
        var userId = UserId;
        return db.Generations.Where(g =>
            g.Visibility == Visibility.Public
            || (userId != null && g.AuthorId == userId)
            || (g.Visibility == Visibility.Team && teams.Contains(g.TeamId)));
    }

    /// <summary>The generations of the caller's own teams that they may see: their working history, not the public's.</summary>
    public async Task<IQueryable<Generation>> TeamGenerationsAsync(CancellationToken ct)
    {
        var teams = (await RolesAsync(ct)).Keys.ToList();
        var userId = UserId;
        return db.Generations.Where(g => teams.Contains(g.TeamId) && (g.Visibility != Visibility.Private || g.AuthorId == userId));
    }

    public Task<bool> CanSeeAsync(Generation generation, CancellationToken ct) =>
        CanSeeAsync(generation.Visibility, generation.AuthorId, generation.TeamId, ct);

    /// <summary>The one visibility rule, for anything that has an author, a team and a visibility (generations, prompts).</summary>
    public async Task<bool> CanSeeAsync(Visibility visibility, Guid? authorId, Guid teamId, CancellationToken ct) =>
        visibility == Visibility.Public
        || (UserId is { } userId && authorId == userId)
        || (visibility == Visibility.Team && await RoleInAsync(teamId, ct) is not null);

    /// <summary>Cancel it, change who sees it: its author, an owner of its team, or a studio administrator.</summary>
    public async Task<bool> CanManageAsync(Generation generation, CancellationToken ct) =>
        (UserId is { } userId && generation.AuthorId == userId) || await RoleInAsync(generation.TeamId, ct) == TeamRole.Owner || await IsAdminAsync(ct);

    /// <summary>Whether the caller runs the studio (sees and steers the whole queue).</summary>
    public async Task<bool> IsAdminAsync(CancellationToken ct)
    {
        if (_isAdmin is { } known)
            return known;
        _isAdmin = UserId is { } userId && await db.Users.AnyAsync(u => u.Id == userId && u.IsAdmin, ct);
        return _isAdmin.Value;
    }
}
