using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Gallery;
using Reelwright.Api.Generations;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Accounts;
using Reelwright.IntegrationTests.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Gallery;

/// <summary>
/// The whole back end with a worker, so clips really finish; the fixture's account makes and publishes them. Each test
/// makes its own clips, so tests share the gallery but never depend on each other's.
/// </summary>
public sealed class GalleryStudio : StudioFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Team clips by the fixture's account, one per prompt, all finished.</summary>
    public async Task<GenerationResponse[]> FinishedClipsAsync(params string[] prompts)
    {
        var submitted = await Task.WhenAll(prompts.Select(prompt => SubmitAsync(new { prompt, steps = 1 })));
        var finished = await Task.WhenAll(submitted.Select(g => WaitUntilFinishedAsync(g.Id)));
        Assert.All(finished, g => Assert.True(g.Status == GenerationStatus.Succeeded, $"{g.Prompt}: {g.Status} {g.FailureReason}"));
        return finished;
    }

    public Task<HttpResponseMessage> PostPublishAsync(Guid id, string? title, bool hideRecipe = false, HttpClient? by = null) =>
        (by ?? Client).PostAsJsonAsync($"/api/generations/{id}/publish", new { title, hideRecipe }, Ct);

    public async Task<GalleryClipResponse> PublishAsync(Guid id, string title, bool hideRecipe = false)
    {
        using var response = await PostPublishAsync(id, title, hideRecipe);
        return await response.OkAsync<GalleryClipResponse>();
    }

    /// <summary>Like a browser that never signed in.</summary>
    public HttpClient Anonymous() => Api.CreateClient();

    public async Task<Person> SignUpAsync(string displayName)
    {
        var (client, account) = await Api.CreateSignedInClientAsync(displayName);
        return new Person(client, account);
    }

    /// <summary>The whole gallery in this sort, walked page by page as a client would.</summary>
    public static async Task<List<GalleryClipResponse>> GalleryAsync(HttpClient client, string sort = "recent", int limit = 100)
    {
        var clips = new List<GalleryClipResponse>();
        string? cursor = null;
        do
        {
            var query = $"/api/gallery?sort={sort}&limit={limit}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = (await client.GetFromJsonAsync<GalleryPage>(query, Json, Ct))!;
            clips.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return clips;
    }

    public static async Task<GalleryClipResponse> GalleryClipAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/gallery/{id}", Ct);
        return await response.OkAsync<GalleryClipResponse>();
    }

    /// <summary>Reaches into the studio's database, for what no API call can do (such as letting time pass).</summary>
    public async Task InDatabaseAsync(Func<StudioDbContext, Task> change)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }

    public static async Task<HttpStatusCode> StatusOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        return response.StatusCode;
    }
}
