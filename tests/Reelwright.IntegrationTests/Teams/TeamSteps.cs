using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Accounts;
using Reelwright.Api.Projects;
using Reelwright.Api.Teams;
using Reelwright.Data.Teams;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Teams;

/// <summary>What people do with teams through the API, as the web app would do it for them.</summary>
public static class TeamSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The team and project every account starts with.</summary>
    public static async Task<(TeamSummaryResponse Team, ProjectResponse Project)> OwnSpaceAsync(this Person person)
    {
        var me = await (await person.Client.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();
        var team = Assert.Single(me.Teams, t => t.Role == TeamRole.Owner);
        return (team, Assert.Single(me.Projects, p => p.TeamId == team.Id));
    }

    public static Task<HttpResponseMessage> PostInvitationAsync(this Person owner, Guid teamId, string role = "Editor", int? expiresInHours = 48) =>
        owner.Client.PostAsJsonAsync($"/api/teams/{teamId}/invitations", new { role, expiresInHours }, Ct);

    public static async Task<CreatedInvitationResponse> InviteAsync(this Person owner, Guid teamId, string role = "Editor", int? expiresInHours = 48)
    {
        using var response = await owner.PostInvitationAsync(teamId, role, expiresInHours);
        return await response.OkAsync<CreatedInvitationResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> AcceptAsync(this Person guest, string token) =>
        guest.Client.PostAsync($"/api/invitations/{token}/accept", null, Ct);

    /// <summary>The owner invites the guest with this role and the guest accepts.</summary>
    public static async Task JoinAsync(this Person guest, Person owner, Guid teamId, string role)
    {
        var invitation = await owner.InviteAsync(teamId, role);
        using var accepted = await guest.AcceptAsync(invitation.Token);
        Assert.Equal(Enum.Parse<TeamRole>(role), (await accepted.OkAsync<TeamResponse>()).Role);
    }

    public static Task<HttpResponseMessage> GetTeamAsync(this Person person, Guid teamId) => person.Client.GetAsync($"/api/teams/{teamId}", Ct);

    public static async Task<TeamResponse> TeamAsync(this Person person, Guid teamId)
    {
        using var response = await person.GetTeamAsync(teamId);
        return await response.OkAsync<TeamResponse>();
    }
}
