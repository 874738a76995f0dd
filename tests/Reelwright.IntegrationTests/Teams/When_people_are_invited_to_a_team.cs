using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Api.Teams;
using Reelwright.Data.Teams;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Teams;

public sealed class When_people_are_invited_to_a_team(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_invited_person_sees_what_they_are_offered_and_joins_with_that_role()
    {
        using var owner = await studio.SignUpAsync("Olive Owner");
        using var guest = await studio.SignUpAsync("Gus Guest");
        var (team, project) = await owner.OwnSpaceAsync();

        using var created = await owner.PostInvitationAsync(team.Id, "Editor", expiresInHours: 48);

        var invitation = await created.OkAsync<CreatedInvitationResponse>(HttpStatusCode.Created);
        Assert.StartsWith("rw_inv_", invitation.Token);
        Assert.Equal(TeamRole.Editor, invitation.Invitation.Role);
        Assert.InRange(invitation.Invitation.ExpiresAt, DateTimeOffset.UtcNow.AddHours(47.9), DateTimeOffset.UtcNow.AddHours(48.1));

        using var previewed = await guest.Client.GetAsync($"/api/invitations/{invitation.Token}", Ct);
        var preview = await previewed.OkAsync<InvitationPreviewResponse>();
        Assert.Equal(team.Id, preview.TeamId);
        Assert.Equal(team.Name, preview.TeamName);
        Assert.Equal(TeamRole.Editor, preview.Role);
        Assert.Equal("Olive Owner", preview.InvitedBy);

        using var accepted = await guest.AcceptAsync(invitation.Token);
        Assert.Equal(TeamRole.Editor, (await accepted.OkAsync<TeamResponse>()).Role);

        var seenByGuest = await guest.TeamAsync(team.Id);
        Assert.Equal(TeamRole.Editor, seenByGuest.Role);
        Assert.Equal(TeamRole.Editor, Assert.Single(seenByGuest.Members, m => m.UserId == guest.Id).Role);
        Assert.Equal(TeamRole.Owner, Assert.Single(seenByGuest.Members, m => m.UserId == owner.Id).Role);
        Assert.Contains((await owner.TeamAsync(team.Id)).Members, m => m.UserId == guest.Id && m.DisplayName == "Gus Guest");
        var guestsMe = await (await guest.Client.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();
        Assert.Contains(guestsMe.Projects, p => p.Id == project.Id && p.Role == TeamRole.Editor);
    }

    [Fact]
    public async Task A_link_that_was_used_cannot_be_used_again()
    {
        using var owner = await studio.SignUpAsync("Pat Owner");
        using var first = await studio.SignUpAsync("First Comer");
        using var second = await studio.SignUpAsync("Late Comer");
        var (team, _) = await owner.OwnSpaceAsync();
        var invitation = await owner.InviteAsync(team.Id, "Viewer");
        using var accepted = await first.AcceptAsync(invitation.Token);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        using var again = await second.AcceptAsync(invitation.Token);
        using var preview = await second.Client.GetAsync($"/api/invitations/{invitation.Token}", Ct);

        Assert.Contains("already used", (await again.ProblemAsync(HttpStatusCode.Gone)).Detail);
        Assert.Contains("already used", (await preview.ProblemAsync(HttpStatusCode.Gone)).Detail);
        await (await second.GetTeamAsync(team.Id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_revoked_link_no_longer_lets_anyone_in()
    {
        using var owner = await studio.SignUpAsync("Rita Owner");
        using var guest = await studio.SignUpAsync("Rejected Guest");
        var (team, _) = await owner.OwnSpaceAsync();
        var invitation = await owner.InviteAsync(team.Id, "Editor");

        using var revoke = await owner.Client.DeleteAsync($"/api/teams/{team.Id}/invitations/{invitation.Invitation.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var preview = await guest.Client.GetAsync($"/api/invitations/{invitation.Token}", Ct);
        using var accept = await guest.AcceptAsync(invitation.Token);
        Assert.Contains("revoked", (await preview.ProblemAsync(HttpStatusCode.Gone)).Detail);
        Assert.Contains("revoked", (await accept.ProblemAsync(HttpStatusCode.Gone)).Detail);
        await (await guest.GetTeamAsync(team.Id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_expired_link_no_longer_lets_anyone_in()
    {
        using var owner = await studio.SignUpAsync("Edna Owner");
        using var guest = await studio.SignUpAsync("Tardy Guest");
        var (team, _) = await owner.OwnSpaceAsync();
        var invitation = await owner.InviteAsync(team.Id, "Editor", expiresInHours: 1);

        await studio.InDatabaseAsync(db => db.Invitations.Where(i => i.Id == invitation.Invitation.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)), Ct));

        using var preview = await guest.Client.GetAsync($"/api/invitations/{invitation.Token}", Ct);
        using var accept = await guest.AcceptAsync(invitation.Token);
        Assert.Contains("expired", (await preview.ProblemAsync(HttpStatusCode.Gone)).Detail);
        Assert.Contains("expired", (await accept.ProblemAsync(HttpStatusCode.Gone)).Detail);
        await (await guest.GetTeamAsync(team.Id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_link_that_was_never_made_is_not_found()
    {
        using var guest = await studio.SignUpAsync("Hopeful Guest");
        var madeUp = "rw_inv_" + Guid.NewGuid().ToString("N");

        using var preview = await guest.Client.GetAsync($"/api/invitations/{madeUp}", Ct);
        using var accept = await guest.AcceptAsync(madeUp);

        await preview.ProblemAsync(HttpStatusCode.NotFound);
        await accept.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Someone_already_in_the_team_is_told_so_and_the_link_stays_for_someone_else()
    {
        using var owner = await studio.SignUpAsync("Mo Owner");
        using var member = await studio.SignUpAsync("Already Member");
        using var newcomer = await studio.SignUpAsync("Real Newcomer");
        var (team, _) = await owner.OwnSpaceAsync();
        await member.JoinAsync(owner, team.Id, "Viewer");
        var invitation = await owner.InviteAsync(team.Id, "Editor");

        using var twice = await member.AcceptAsync(invitation.Token);
        using var byOwner = await owner.AcceptAsync(invitation.Token);

        await twice.ProblemAsync(HttpStatusCode.Conflict);
        await byOwner.ProblemAsync(HttpStatusCode.Conflict);
        var members = (await owner.TeamAsync(team.Id)).Members;
        Assert.Equal(TeamRole.Viewer, Assert.Single(members, m => m.UserId == member.Id).Role);
        Assert.Equal(TeamRole.Owner, Assert.Single(members, m => m.UserId == owner.Id).Role);
        using var stillUsable = await newcomer.AcceptAsync(invitation.Token);
        Assert.Equal(HttpStatusCode.OK, stillUsable.StatusCode);
    }

    [Fact]
    public async Task Someone_opening_two_links_to_one_team_at_once_joins_it_once()
    {
        using var owner = await studio.SignUpAsync("Ivy Owner");
        using var guest = await studio.SignUpAsync("Eager Guest");
        var (team, _) = await owner.OwnSpaceAsync();
        var asEditor = await owner.InviteAsync(team.Id, "Editor");
        var asViewer = await owner.InviteAsync(team.Id, "Viewer");

        var answers = await Task.WhenAll(guest.AcceptAsync(asEditor.Token), guest.AcceptAsync(asViewer.Token));

        var statuses = answers.Select(a => a.StatusCode).Order().ToList();
        Assert.True(statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]),
            $"answered {string.Join(", ", statuses.Select(s => (int)s))}: {string.Join(" | ", await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync(Ct))))}");
        Assert.Single((await owner.TeamAsync(team.Id)).Members, m => m.UserId == guest.Id);
        foreach (var answer in answers)
            answer.Dispose();
    }

    [Fact]
    public async Task An_editor_may_not_invite_people_and_is_told_it_takes_an_owner()
    {
        using var owner = await studio.SignUpAsync("Nell Owner");
        using var editor = await studio.SignUpAsync("Ed Editor");
        var (team, _) = await owner.OwnSpaceAsync();
        await editor.JoinAsync(owner, team.Id, "Editor");

        using var create = await editor.PostInvitationAsync(team.Id, "Editor");
        using var list = await editor.Client.GetAsync($"/api/teams/{team.Id}/invitations", Ct);

        Assert.Contains("Owner", (await create.ProblemAsync(HttpStatusCode.Forbidden)).Detail);
        Assert.Contains("Owner", (await list.ProblemAsync(HttpStatusCode.Forbidden)).Detail);
        var invitations = await (await owner.Client.GetAsync($"/api/teams/{team.Id}/invitations", Ct)).OkAsync<List<InvitationResponse>>();
        Assert.Single(invitations); // the editor's own, accepted
    }

    [Fact]
    public async Task An_outsider_sees_the_team_as_not_existing()
    {
        using var owner = await studio.SignUpAsync("Quinn Owner");
        using var outsider = await studio.SignUpAsync("Nosy Outsider");
        var (team, _) = await owner.OwnSpaceAsync();

        using var read = await outsider.GetTeamAsync(team.Id);
        using var invite = await outsider.PostInvitationAsync(team.Id, "Owner");
        using var unknown = await outsider.GetTeamAsync(Guid.NewGuid());

        var hidden = await read.ProblemAsync(HttpStatusCode.NotFound);
        await invite.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal((await unknown.ProblemAsync(HttpStatusCode.NotFound)).Detail, hidden.Detail);
        Assert.DoesNotContain(team.Name, await read.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    public async Task An_invitation_must_last_between_an_hour_and_a_month(int hours)
    {
        using var owner = await studio.SignUpAsync("Vera Owner");
        var (team, _) = await owner.OwnSpaceAsync();

        using var response = await owner.PostInvitationAsync(team.Id, "Editor", hours);

        await response.ValidationProblemAsync("expiresInHours");
        Assert.Empty(await (await owner.Client.GetAsync($"/api/teams/{team.Id}/invitations", Ct)).OkAsync<List<InvitationResponse>>());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public async Task People_accepting_one_link_at_once_let_exactly_one_of_them_in(int contenders)
    {
        using var owner = await studio.SignUpAsync("Uma Owner");
        var (team, _) = await owner.OwnSpaceAsync();
        var people = await Task.WhenAll(Enumerable.Range(1, contenders).Select(n => studio.SignUpAsync($"Racer {n}")));
        var invitation = await owner.InviteAsync(team.Id, "Editor");

        var answers = await Task.WhenAll(people.Select(p => p.AcceptAsync(invitation.Token)));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        Assert.Equal(contenders - 1, statuses.Count(s => s == HttpStatusCode.Gone));
        var winner = people[statuses.IndexOf(HttpStatusCode.OK)];
        var members = (await owner.TeamAsync(team.Id)).Members;
        Assert.Equal(new[] { owner.Id, winner.Id }.Order(), members.Select(m => m.UserId).Order());
        foreach (var answer in answers)
            answer.Dispose();
        foreach (var person in people)
            person.Dispose();
    }
}
