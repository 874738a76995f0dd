using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Accounts;
using Reelwright.IntegrationTests.Teams;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Accounts;

/// <summary>Someone closes their account: nothing they hold works any more, and nobody else's team is stranded.</summary>
public sealed class When_an_account_is_closed(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Its_tokens_stop_working_saying_the_account_was_closed_and_it_cannot_sign_in()
    {
        var person = await studio.SignUpAsync("Leaving");
        var script = await (await person.Client.PostAsJsonAsync("/api/me/tokens", new { name = "render script" }, Ct)).OkAsync<CreatedTokenResponse>(HttpStatusCode.Created);

        using (var closed = await person.Client.DeleteAsync("/api/me", Ct))
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);

        using var withScriptToken = studio.WithToken(script.Token);
        var problem = await (await withScriptToken.GetAsync("/api/me", Ct)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("was closed", problem.Detail);
        using var signIn = await studio.Anonymous().PostAsJsonAsync("/api/auth/sign-in", new { email = person.Account.Email, password = TestAccount.Password }, Ct);
        await signIn.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_only_owner_of_a_team_others_belong_to_must_hand_it_over_first()
    {
        var owner = await studio.SignUpAsync("Owner");
        var member = await studio.SignUpAsync("Member");
        var (team, _) = await owner.OwnSpaceAsync();
        await member.JoinAsync(owner, team.Id, "Editor");

        using (var refused = await owner.Client.DeleteAsync("/api/me", Ct))
        {
            var problem = await refused.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(team.Name, problem.Detail);
        }
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetAsync("/api/me", Ct)).StatusCode);

        using (var promoted = await owner.Client.PutAsJsonAsync($"/api/teams/{team.Id}/members/{member.Id}", new { role = "Owner" }, Ct))
            promoted.EnsureSuccessStatusCode();
        using (var closed = await owner.Client.DeleteAsync("/api/me", Ct))
            Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetTeamAsync(team.Id)).StatusCode);
    }
}
