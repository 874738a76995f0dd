using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Api.ShareLinks;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.IntegrationTests.Review;
using Xunit;

namespace Reelwright.IntegrationTests.ShareLinks;

/// <summary>What the team and visitors do with share links, as the web app would do it for them.</summary>
public static class ShareLinkSteps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A finished clip (one sampling step) with this visibility, optionally the next version of <paramref name="parent"/>.</summary>
    public static async Task<GenerationResponse> MakeClipToShareAsync(this ReviewTeam team, Person author, string visibility = "Team", Guid? parent = null, long seed = 1)
    {
        using var response = await author.Client.PostAsJsonAsync("/api/generations",
            new { prompt = "a green kite over the sea", projectId = team.ProjectId, steps = 1, seed, visibility, parentGenerationId = parent }, Ct);
        var submitted = await response.OkAsync<GenerationResponse>(HttpStatusCode.Created);
        var done = await GenerationPolling.WaitUntilFinishedAsync(author.Client, submitted.Id);
        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        return done;
    }

    public static Task<HttpResponseMessage> PostShareLinkAsync(this Person person, object body) => person.Client.PostAsJsonAsync("/api/share-links", body, Ct);

    public static async Task<CreatedShareLinkResponse> ShareAsync(this Person person, object body)
    {
        using var response = await person.PostShareLinkAsync(body);
        return await response.OkAsync<CreatedShareLinkResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> OpenLinkAsync(this HttpClient visitor, string token, string? passphrase = null) =>
        visitor.PostAsJsonAsync($"/api/shared/{token}", new { passphrase }, Ct);

    public static async Task<SharedViewResponse> ViewAsync(this HttpClient visitor, string token, string? passphrase = null)
    {
        using var response = await visitor.OpenLinkAsync(token, passphrase);
        return await response.OkAsync<SharedViewResponse>();
    }

    public static async Task<List<ShareLinkResponse>> LinksOfAsync(this Person member, string query)
    {
        using var response = await member.Client.GetAsync($"/api/share-links?{query}", Ct);
        return await response.OkAsync<List<ShareLinkResponse>>();
    }

    /// <summary>Reaches into the studio's database, for what no API call can do (such as letting time pass).</summary>
    public static async Task InDatabaseAsync(this ReviewTeam team, Func<StudioDbContext, Task> change)
    {
        await using var scope = team.Api.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }
}
