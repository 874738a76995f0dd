using Microsoft.AspNetCore.Components;
using Reelwright.Web.Studio;

namespace Reelwright.Web.Components.Pages.Teams;

/// <summary>
/// A team: its members and projects for everyone in it; role changes, removals and invitation links for its owners.
/// The API enforces who may do what; the page only hides controls that would be refused.
/// </summary>
public partial class Team
{
    private readonly ApiCallErrors _load = new();
    private readonly ApiCallErrors _members = new();
    private readonly ApiCallErrors _project = new();
    private readonly ApiCallErrors _invite = new();
    private TeamView? _team;
    private IReadOnlyList<ProjectView> _projects = [];
    private IReadOnlyList<InvitationView> _invitations = [];
    private CreatedInvitationView? _createdInvitation;
    private int _membersVersion;
    private string _newProjectName = "";
    private TeamRole _inviteRole = TeamRole.Editor;
    private int _inviteHours = 72;
    private readonly ApiCallErrors _weight = new();
    private bool _isAdmin;
    private double _schedulingWeight = 1;

    [Parameter] public Guid Id { get; set; }

    [Inject] public required IStudioApi Api { get; init; }

    [Inject] public required NavigationManager Navigation { get; init; }

    private bool CanManage => _team?.Role.CanManageMembers() == true;

    protected override Task OnParametersSetAsync() => _load.TryAsync(LoadAsync);

    private async Task LoadAsync()
    {
        _team = await Api.GetTeamAsync(Id);
        var me = await Api.GetMeAsync();
        _projects = [.. me.Projects.Where(p => p.TeamId == Id)];
        _isAdmin = me.User.IsAdmin;
        _schedulingWeight = _team.SchedulingWeight;
        await LoadInvitationsAsync();
    }

    private async Task LoadInvitationsAsync()
    {
        var now = DateTimeOffset.UtcNow;
        _invitations = CanManage ? [.. (await Api.GetInvitationsAsync(Id)).Where(i => i.IsPendingAt(now))] : [];
    }

    /// <summary>Administrators set the team's share of the workers; the API checks the range and the right.</summary>
    private async Task SaveWeightAsync()
    {
        if (await _weight.TryAsync(() => Api.SetSchedulingWeightAsync(Id, _schedulingWeight)))
            await ReloadTeamAsync();
    }

    /// <summary>The link to hand out: this web app's own address, since the invitee accepts it here, signed in.</summary>
    private string InvitationLink(string token) =>
        new Uri(new Uri(Navigation.BaseUri), $"invitations/{Uri.EscapeDataString(token)}").ToString();

    private async Task ChangeRoleAsync(TeamMemberView member, ChangeEventArgs e)
    {
        if (!Enum.TryParse<TeamRole>(e.Value as string, out var role) || role == member.Role)
            return;
        if (!await _members.TryAsync(() => Api.ChangeMemberRoleAsync(Id, member.UserId, role)))
            _membersVersion++;
        await ReloadTeamAsync();
    }

    private async Task RemoveAsync(TeamMemberView member)
    {
        if (await _members.TryAsync(() => Api.RemoveMemberAsync(Id, member.UserId)))
            await ReloadTeamAsync();
    }

    private Task ReloadTeamAsync() => _load.TryAsync(async () => _team = await Api.GetTeamAsync(Id));

    private async Task CreateProjectAsync()
    {
        if (await _project.TryAsync(() => Api.CreateProjectAsync(Id, _newProjectName.Trim())))
        {
            _newProjectName = "";
            await _load.TryAsync(async () => _projects = [.. (await Api.GetMeAsync()).Projects.Where(p => p.TeamId == Id)]);
        }
    }

    private async Task CreateInvitationAsync()
    {
        if (await _invite.TryAsync(async () => _createdInvitation = await Api.CreateInvitationAsync(Id, _inviteRole, _inviteHours)))
            await _load.TryAsync(LoadInvitationsAsync);
    }

    private async Task RevokeInvitationAsync(InvitationView invitation)
    {
        if (await _invite.TryAsync(() => Api.RevokeInvitationAsync(Id, invitation.Id)))
            await _load.TryAsync(LoadInvitationsAsync);
    }
}
