using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

public sealed class When_a_webhook_is_registered(WebhookStudio studio) : IClassFixture<WebhookStudio>
{
    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@example.com/hook")]
    public async Task A_url_that_is_not_plain_http_or_https_is_refused_and_nothing_is_stored(string url)
    {
        var projectId = await studio.NewProjectAsync();

        using var response = await studio.Owner.PostAsJsonAsync($"/api/projects/{projectId}/webhooks", new { url }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ErrorsAsync(response)).TryGetProperty("url", out _));
        await using var scope = studio.Api.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<StudioDbContext>().Webhooks.AnyAsync(w => w.ProjectId == projectId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_event_that_is_no_activity_kind_is_refused()
    {
        var projectId = await studio.NewProjectAsync();

        using var response = await studio.Owner.PostAsJsonAsync($"/api/projects/{projectId}/webhooks",
            new { url = "https://example.com/hook", events = new[] { "Generated", "Deleted" } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Deleted", (await ErrorsAsync(response)).GetProperty("events")[0].GetString());
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_never_listed()
    {
        var projectId = await studio.NewProjectAsync();

        var created = await studio.CreateWebhookAsync(projectId, new Uri("https://example.com/hook"), "generated");
        var listed = await studio.Owner.GetStringAsync($"/api/projects/{projectId}/webhooks", TestContext.Current.CancellationToken);

        Assert.Equal(43, created.Secret.Length); // 32 bytes, base64url without padding
        Assert.Equal(["Generated"], created.Webhook.Events);
        Assert.Contains(created.Webhook.Id.ToString(), listed);
        Assert.DoesNotContain(created.Secret, listed);
        Assert.DoesNotContain("secret", listed, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Only_an_owner_of_the_team_manages_its_webhooks()
    {
        var ct = TestContext.Current.CancellationToken;
        var projectId = await studio.NewProjectAsync();
        var webhook = (await studio.CreateWebhookAsync(projectId, new Uri("https://example.com/hook"))).Webhook.Id;
        var editor = await MemberAsync("Editor");
        var (outsider, _) = await studio.Api.CreateSignedInClientAsync("Outsider");
        var anonymous = studio.Api.CreateClient();
        var root = $"/api/projects/{projectId}/webhooks";
        Func<HttpClient, Task<HttpResponseMessage>>[] calls =
        [
            c => c.PostAsJsonAsync(root, new { url = "https://example.com/other" }, ct),
            c => c.GetAsync(root, ct),
            c => c.GetAsync($"{root}/{webhook}/deliveries", ct),
            c => c.PostAsync($"{root}/{webhook}/test", null, ct),
            c => c.DeleteAsync($"{root}/{webhook}", ct),
        ];

        foreach (var call in calls)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await call(editor)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await call(outsider)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await call(anonymous)).StatusCode);
        }
        var stillThere = await studio.Owner.GetFromJsonAsync<JsonElement>(root, ct);
        Assert.Equal(1, stillThere.GetArrayLength());
        Assert.Equal(JsonValueKind.Null, stillThere[0].GetProperty("disabledAt").ValueKind);
    }

    private async Task<HttpClient> MemberAsync(string role)
    {
        var ct = TestContext.Current.CancellationToken;
        var (client, _) = await studio.Api.CreateSignedInClientAsync(role);
        using var invitation = await studio.Owner.PostAsJsonAsync($"/api/teams/{studio.TeamId}/invitations", new { role }, ct);
        invitation.EnsureSuccessStatusCode();
        using var created = JsonDocument.Parse(await invitation.Content.ReadAsStringAsync(ct));
        var token = created.RootElement.GetProperty("token").GetString();
        (await client.PostAsync($"/api/invitations/{token}/accept", null, ct)).EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return problem.GetProperty("errors");
    }
}
