using System.Net;
using System.Net.Http.Json;
using Reelwright.Api.Accounts;
using Xunit;

namespace Reelwright.IntegrationTests.Accounts;

public sealed class When_a_personal_access_token_is_used(StudioApiFixture studio) : IClassFixture<StudioApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<CreatedTokenResponse> CreateTokenAsync(HttpClient owner, string name = "render farm script")
    {
        using var response = await owner.PostAsJsonAsync("/api/me/tokens", new { name }, Ct);
        return await response.OkAsync<CreatedTokenResponse>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task It_is_shown_once_and_then_listed_only_by_its_prefix()
    {
        using var person = await studio.SignUpAsync("Hedy");
        var client = person.Client;

        var created = await CreateTokenAsync(client);

        Assert.StartsWith("rw_pat_", created.Token);
        Assert.Equal("render farm script", created.Info.Name);
        using var list = await client.GetAsync("/api/me/tokens", Ct);
        var raw = await list.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(created.Token, raw);
        Assert.DoesNotContain(created.Token[SecretTokens.VisiblePrefixLength..], raw);
        var listed = Assert.Single(await list.OkAsync<List<TokenResponse>>());
        Assert.Equal(created.Info.Id, listed.Id);
        Assert.Equal("render farm script", listed.Name);
        Assert.Equal(created.Token[..listed.Prefix.Length], listed.Prefix);
        Assert.True(listed.Prefix.Length < created.Token.Length / 2, $"the prefix '{listed.Prefix}' gives away most of the token");
        Assert.Null(listed.RevokedAt);
    }

    [Fact]
    public async Task It_acts_as_the_person_who_made_it()
    {
        using var person = await studio.SignUpAsync("Ida");
        var client = person.Client;
        var created = await CreateTokenAsync(client);

        using var script = studio.WithToken(created.Token);
        var me = await (await script.GetAsync("/api/me", Ct)).OkAsync<MeResponse>();

        Assert.Equal(person.Id, me.User.Id);
        Assert.Equal("Ida", me.User.DisplayName);
    }

    [Fact]
    public async Task Revoking_it_stops_it_working_at_once()
    {
        using var person = await studio.SignUpAsync("Joan");
        var client = person.Client;
        var created = await CreateTokenAsync(client);
        using var script = studio.WithToken(created.Token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me", Ct)).StatusCode);

        using var revoke = await client.DeleteAsync($"/api/me/tokens/{created.Info.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var refused = await script.GetAsync("/api/me", Ct);
        var problem = await refused.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.Detail, StringComparison.OrdinalIgnoreCase);
        var listed = Assert.Single(await (await client.GetAsync("/api/me/tokens", Ct)).OkAsync<List<TokenResponse>>());
        Assert.NotNull(listed.RevokedAt);
    }

    [Fact]
    public async Task Someone_else_cannot_revoke_it_and_it_keeps_working()
    {
        using var katherine = await studio.SignUpAsync("Katherine");
        using var mallory = await studio.SignUpAsync("Mallory");
        var (owner, stranger) = (katherine.Client, mallory.Client);
        var created = await CreateTokenAsync(owner);

        using var revoke = await stranger.DeleteAsync($"/api/me/tokens/{created.Info.Id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        using var script = studio.WithToken(created.Token);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/me", Ct)).StatusCode);
        Assert.Null(Assert.Single(await (await owner.GetAsync("/api/me/tokens", Ct)).OkAsync<List<TokenResponse>>()).RevokedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_token_without_a_name_is_refused(string? name)
    {
        using var person = await studio.SignUpAsync("Lise");
        var client = person.Client;

        using var response = await client.PostAsJsonAsync("/api/me/tokens", new { name }, Ct);

        await response.ValidationProblemAsync("name");
        Assert.Empty(await (await client.GetAsync("/api/me/tokens", Ct)).OkAsync<List<TokenResponse>>());
    }
}
