using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Blobs.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.FaultTests;

/// <summary>The API on isolated resources, a signed-in client, and ways to read what the studio ended up with.</summary>
public sealed class FaultStudio : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private FaultStudio(IsolatedStudioResources resources, StudioApiFactory api, HttpClient client)
    {
        Resources = resources;
        Api = api;
        Client = client;
    }

    public IsolatedStudioResources Resources { get; }
    public StudioApiFactory Api { get; }
    public HttpClient Client { get; }

    public static async Task<FaultStudio> StartAsync()
    {
        await LocalServiceControl.StartAllAsync();
        var resources = await IsolatedStudioResources.CreateAsync();
        var api = new StudioApiFactory(resources);
        var (client, _) = await api.CreateSignedInClientAsync("Fault tester");
        return new FaultStudio(resources, api, client);
    }

    public async Task<Guid> SubmitAsync(int steps, string prompt = "a red circle moving left")
    {
        using var response = await Client.PostAsJsonAsync("/api/generations", new { prompt, steps }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>Reads the generation straight from the database (the API may be the thing that is down).</summary>
    public async Task<T> InDatabaseAsync<T>(Func<StudioDbContext, Task<T>> query)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }

    public async Task WaitUntilAsync(Func<StudioDbContext, Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                if (await InDatabaseAsync(condition))
                    return;
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
            {
                // The database itself may be the fault under test; keep asking.
            }
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The clip's blobs: one clip per job means exactly video, poster, preview and its record.</summary>
    public async Task<List<string>> BlobsOfAsync(Guid generationId)
    {
        var names = new List<string>();
        await foreach (var blob in Resources.Blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{generationId}/", TestContext.Current.CancellationToken))
            names.Add(blob.Name);
        return names;
    }

    public async ValueTask DisposeAsync()
    {
        await LocalServiceControl.StartAllAsync();
        Client.Dispose();
        await Api.DisposeAsync();
        await Resources.DisposeAsync();
    }
}
