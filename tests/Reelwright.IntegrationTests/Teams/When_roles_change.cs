using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Api.Accounts;
using Reelwright.Api.Generations;
using Reelwright.Api.Teams;
using Reelwright.Data.Teams;
using Reelwright.IntegrationTests.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Teams;

public sealed class When_roles_change(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> ChangeRoleAsync(Person by, Guid teamId, Guid userId, string role) =>
        by.Client.PutAsJsonAsync($"/api/teams/{teamId}/members/{userId}", new { role }, Ct);

    private static Task<HttpResponseMessage> RemoveAsync(Person by, Guid teamId, Guid userId) =>
        by.Client.DeleteAsync($"/api/teams/{teamId}/members/{userId}", Ct);

    private static Task<HttpResponseMessage> GenerateInAsync(Person by, Guid projectId) =>
        by.Client.PostAsJsonAsync("/api/generations", new { prompt = "a green triangle sliding right", steps = 2, projectId }, Ct);

    /// <summary>Read from the database: once nobody is left in a team, no one can ask the API about it.</summary>
    private async Task<int> OwnersAsync(Guid teamId)
    {
        var owners = 0;
        await studio.InDatabaseAsync(async db => owners = await db.TeamMembers.CountAsync(m => m.TeamId == teamId && m.Role == TeamRole.Owner, Ct));
        return owners;
    }

    [Fact]
    public async Task A_viewer_made_editor_can_generate_in_the_team_and_cannot_once_made_viewer_again()
    {
        using var owner = await studio.SignUpAsync("Wanda Owner");
        using var member = await studio.SignUpAsync("Val Viewer");
        var (team, project) = await owner.OwnSpaceAsync();
        await member.JoinAsync(owner, team.Id, "Viewer");

        using var asViewer = await GenerateInAsync(member, project.Id);
        Assert.Contains("Editor", (await asViewer.ProblemAsync(HttpStatusCode.Forbidden)).Detail);

        using var promote = await ChangeRoleAsync(owner, team.Id, member.Id, "Editor");
        Assert.Equal(TeamRole.Editor, (await promote.OkAsync<TeamMemberResponse>()).Role);
        Assert.Equal(TeamRole.Editor, (await member.TeamAsync(team.Id)).Role);
        using var asEditor = await GenerateInAsync(member, project.Id);
        var generation = await asEditor.OkAsync<GenerationResponse>(HttpStatusCode.Created);
        Assert.Equal(project.Id, generation.ProjectId);
        Assert.Equal(member.Id, generation.AuthorId);

        using var demote = await ChangeRoleAsync(owner, team.Id, member.Id, "Viewer");
        Assert.Equal(TeamRole.Viewer, (await demote.OkAsync<TeamMemberResponse>()).Role);
        using var demoted = await GenerateInAsync(member, project.Id);
        await demoted.ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_last_owner_can_neither_step_down_nor_be_removed()
    {
        using var owner = await studio.SignUpAsync("Xena Owner");
        var (team, _) = await owner.OwnSpaceAsync();

        using var stepDown = await ChangeRoleAsync(owner, team.Id, owner.Id, "Editor");
        using var leave = await RemoveAsync(owner, team.Id, owner.Id);

        await stepDown.ProblemAsync(HttpStatusCode.Conflict);
        await leave.ProblemAsync(HttpStatusCode.Conflict);
        var seen = await owner.TeamAsync(team.Id);
        Assert.Equal(TeamRole.Owner, seen.Role);
        Assert.Equal(TeamRole.Owner, Assert.Single(seen.Members).Role);
    }

    [Fact]
    public async Task An_owner_may_step_down_once_someone_else_owns_the_team()
    {
        using var owner = await studio.SignUpAsync("Yara Owner");
        using var heir = await studio.SignUpAsync("Hal Heir");
        var (team, _) = await owner.OwnSpaceAsync();
        await heir.JoinAsync(owner, team.Id, "Editor");
        using var promote = await ChangeRoleAsync(owner, team.Id, heir.Id, "Owner");
        Assert.Equal(HttpStatusCode.OK, promote.StatusCode);

        using var stepDown = await ChangeRoleAsync(owner, team.Id, owner.Id, "Editor");
        using var demoteTheNewLastOwner = await ChangeRoleAsync(heir, team.Id, heir.Id, "Viewer");

        Assert.Equal(TeamRole.Editor, (await stepDown.OkAsync<TeamMemberResponse>()).Role);
        await demoteTheNewLastOwner.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(TeamRole.Editor, (await owner.TeamAsync(team.Id)).Role);
        Assert.Equal(TeamRole.Owner, (await heir.TeamAsync(team.Id)).Role);
    }

    [Fact]
    public async Task Two_owners_stepping_down_at_once_still_leave_the_team_an_owner()
    {
        // One round can miss the race; a few teams make the outcome dependable.
        for (var round = 1; round <= 10; round++)
        {
            using var first = await studio.SignUpAsync($"First Owner {round}");
            using var second = await studio.SignUpAsync($"Second Owner {round}");
            var (team, _) = await first.OwnSpaceAsync();
            await second.JoinAsync(first, team.Id, "Owner");

            var answers = await Task.WhenAll(
                ChangeRoleAsync(first, team.Id, first.Id, "Editor"),
                ChangeRoleAsync(second, team.Id, second.Id, "Editor"));

            var owners = (await first.TeamAsync(team.Id)).Members.Count(m => m.Role == TeamRole.Owner);
            Assert.True(owners == 1,
                $"round {round}: both step-downs answered {string.Join(", ", answers.Select(a => (int)a.StatusCode))} and the team has {owners} owners");
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            foreach (var answer in answers)
                answer.Dispose();
        }
    }

    [Fact]
    public async Task Two_owners_leaving_at_once_still_leave_the_team_an_owner()
    {
        for (var round = 1; round <= 10; round++)
        {
            using var first = await studio.SignUpAsync($"Leaving Owner {round}");
            using var second = await studio.SignUpAsync($"Also Leaving {round}");
            var (team, _) = await first.OwnSpaceAsync();
            await second.JoinAsync(first, team.Id, "Owner");

            var answers = await Task.WhenAll(RemoveAsync(first, team.Id, first.Id), RemoveAsync(second, team.Id, second.Id));

            var remaining = await OwnersAsync(team.Id);
            Assert.True(remaining == 1,
                $"round {round}: both departures answered {string.Join(", ", answers.Select(a => (int)a.StatusCode))} and the team has {remaining} owners");
            foreach (var answer in answers)
                answer.Dispose();
        }
    }

    [Fact]
    public async Task A_member_may_leave_and_then_no_longer_sees_the_team()
    {
        using var owner = await studio.SignUpAsync("Zoe Owner");
        using var member = await studio.SignUpAsync("Lee Leaver");
        var (team, project) = await owner.OwnSpaceAsync();
        await member.JoinAsync(owner, team.Id, "Editor");

        using var leave = await RemoveAsync(member, team.Id, member.Id);

        Assert.Equal(HttpStatusCode.NoContent, leave.StatusCode);
        await (await member.GetTeamAsync(team.Id)).ProblemAsync(HttpStatusCode.NotFound);
        var me = await (await member.Client.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();
        Assert.DoesNotContain(me.Teams, t => t.Id == team.Id);
        Assert.DoesNotContain(me.Projects, p => p.Id == project.Id);
        Assert.DoesNotContain((await owner.TeamAsync(team.Id)).Members, m => m.UserId == member.Id);
        using var generate = await GenerateInAsync(member, project.Id);
        await generate.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_an_owner_may_remove_others_or_change_their_roles()
    {
        using var owner = await studio.SignUpAsync("Ann Owner");
        using var editor = await studio.SignUpAsync("Eve Editor");
        using var viewer = await studio.SignUpAsync("Vic Viewer");
        var (team, _) = await owner.OwnSpaceAsync();
        await editor.JoinAsync(owner, team.Id, "Editor");
        await viewer.JoinAsync(owner, team.Id, "Viewer");

        using var remove = await RemoveAsync(editor, team.Id, viewer.Id);
        using var removeOwner = await RemoveAsync(editor, team.Id, owner.Id);
        using var promoteSelf = await ChangeRoleAsync(editor, team.Id, editor.Id, "Owner");

        Assert.Contains("Owner", (await remove.ProblemAsync(HttpStatusCode.Forbidden)).Detail);
        await removeOwner.ProblemAsync(HttpStatusCode.Forbidden);
        await promoteSelf.ProblemAsync(HttpStatusCode.Forbidden);
        var members = (await owner.TeamAsync(team.Id)).Members;
        Assert.Equal(TeamRole.Viewer, Assert.Single(members, m => m.UserId == viewer.Id).Role);
        Assert.Equal(TeamRole.Editor, Assert.Single(members, m => m.UserId == editor.Id).Role);
        Assert.Equal(TeamRole.Owner, Assert.Single(members, m => m.UserId == owner.Id).Role);
    }

    [Fact]
    public async Task A_member_removed_by_the_owner_loses_access_at_once()
    {
        using var owner = await studio.SignUpAsync("Bea Owner");
        using var member = await studio.SignUpAsync("Rex Removed");
        var (team, project) = await owner.OwnSpaceAsync();
        await member.JoinAsync(owner, team.Id, "Editor");

        using var remove = await RemoveAsync(owner, team.Id, member.Id);

        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        await (await member.GetTeamAsync(team.Id)).ProblemAsync(HttpStatusCode.NotFound);
        using var generate = await GenerateInAsync(member, project.Id);
        await generate.ProblemAsync(HttpStatusCode.NotFound);
    }
}
