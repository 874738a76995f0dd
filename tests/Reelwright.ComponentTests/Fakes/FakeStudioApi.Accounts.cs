using Reelwright.Web.Studio;

namespace Reelwright.ComponentTests.Fakes;

/// <summary>The account, token, team and invitation calls of the fake API, kept in memory.</summary>
public sealed partial class FakeStudioApi
{
    public MeView Me { get; set; } = new(Sample.User, [], []);

    public List<(string Email, string Password, string? DisplayName)> SignIns { get; } = [];

    public AuthSessionView Session { get; set; } = Sample.Session;

    public int SignOuts { get; private set; }

    public List<AccessTokenView> AccessTokens { get; } = [];

    public Dictionary<Guid, TeamView> Teams { get; } = [];

    public Dictionary<Guid, List<InvitationView>> Invitations { get; } = [];

    public List<(Guid TeamId, Guid UserId, TeamRole Role)> RoleChanges { get; } = [];

    public List<(Guid TeamId, Guid UserId)> Removals { get; } = [];

    public Dictionary<string, InvitationPreviewView> InvitationLinks { get; } = [];

    public List<string> AcceptedInvitations { get; } = [];

    public List<(Guid TeamId, string Name)> CreatedProjects { get; } = [];

    /// <summary>The secret the next created token or invitation gets.</summary>
    public string NextSecret { get; set; } = "rw_pat_0123456789abcdef";

    public Task<AuthSessionView> SignUpAsync(string email, string password, string displayName, CancellationToken ct = default)
    {
        SignIns.Add((email, password, displayName));
        ThrowIfUnreachable();
        return Task.FromResult(Session);
    }

    public Task<AuthSessionView> SignInAsync(string email, string password, CancellationToken ct = default)
    {
        SignIns.Add((email, password, null));
        ThrowIfUnreachable();
        return Task.FromResult(Session);
    }

    public Task SignOutAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        SignOuts++;
        return Task.CompletedTask;
    }

    public Task<MeView> GetMeAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Me);
    }

    public Task<IReadOnlyList<AccessTokenView>> GetAccessTokensAsync(CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<AccessTokenView>>([.. AccessTokens]);
    }

    public Task<CreatedAccessTokenView> CreateAccessTokenAsync(string name, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        var info = Sample.AccessToken(name) with { Prefix = NextSecret[..10] };
        AccessTokens.Add(info);
        return Task.FromResult(new CreatedAccessTokenView(NextSecret, info));
    }

    public Task RevokeAccessTokenAsync(Guid tokenId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        var index = AccessTokens.FindIndex(t => t.Id == tokenId);
        AccessTokens[index] = AccessTokens[index] with { RevokedAt = Sample.Noon.AddHours(1) };
        return Task.CompletedTask;
    }

    public Task<TeamSummaryView> CreateTeamAsync(string name, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        var team = new TeamView(Guid.NewGuid(), name, TeamRole.Owner, []);
        Teams[team.Id] = team;
        return Task.FromResult(new TeamSummaryView(team.Id, team.Name, team.Role));
    }

    public Task<TeamView> GetTeamAsync(Guid teamId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(Teams[teamId]);
    }

    public Task<TeamMemberView> ChangeMemberRoleAsync(Guid teamId, Guid userId, TeamRole role, CancellationToken ct = default)
    {
        RoleChanges.Add((teamId, userId, role));
        ThrowIfUnreachable();
        var team = Teams[teamId];
        var member = team.Members.Single(m => m.UserId == userId) with { Role = role };
        Teams[teamId] = team with { Members = [.. team.Members.Select(m => m.UserId == userId ? member : m)] };
        return Task.FromResult(member);
    }

    public Task RemoveMemberAsync(Guid teamId, Guid userId, CancellationToken ct = default)
    {
        Removals.Add((teamId, userId));
        ThrowIfUnreachable();
        var team = Teams[teamId];
        Teams[teamId] = team with { Members = [.. team.Members.Where(m => m.UserId != userId)] };
        return Task.CompletedTask;
    }

    public Task<CreatedInvitationView> CreateInvitationAsync(Guid teamId, TeamRole role, int expiresInHours, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        var invitation = new InvitationView(Guid.NewGuid(), role, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(expiresInHours), null, null);
        InvitationsOf(teamId).Add(invitation);
        return Task.FromResult(new CreatedInvitationView(invitation, NextSecret));
    }

    public Task<IReadOnlyList<InvitationView>> GetInvitationsAsync(Guid teamId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult<IReadOnlyList<InvitationView>>([.. InvitationsOf(teamId)]);
    }

    public Task RevokeInvitationAsync(Guid teamId, Guid invitationId, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        var invitations = InvitationsOf(teamId);
        var index = invitations.FindIndex(i => i.Id == invitationId);
        invitations[index] = invitations[index] with { RevokedAt = DateTimeOffset.UtcNow };
        return Task.CompletedTask;
    }

    public Task<InvitationPreviewView> GetInvitationAsync(string token, CancellationToken ct = default)
    {
        ThrowIfUnreachable();
        return Task.FromResult(InvitationLinks[token]);
    }

    public Task<TeamSummaryView> AcceptInvitationAsync(string token, CancellationToken ct = default)
    {
        AcceptedInvitations.Add(token);
        ThrowIfUnreachable();
        var invitation = InvitationLinks[token];
        return Task.FromResult(new TeamSummaryView(invitation.TeamId, invitation.TeamName, invitation.Role));
    }

    public Task<ProjectView> CreateProjectAsync(Guid teamId, string name, CancellationToken ct = default)
    {
        CreatedProjects.Add((teamId, name));
        ThrowIfUnreachable();
        var project = new ProjectView(Guid.NewGuid(), teamId, Teams[teamId].Name, name, Teams[teamId].Role);
        Me = Me with { Projects = [.. Me.Projects, project] };
        return Task.FromResult(project);
    }

    private List<InvitationView> InvitationsOf(Guid teamId) =>
        Invitations.TryGetValue(teamId, out var list) ? list : Invitations[teamId] = [];
}
