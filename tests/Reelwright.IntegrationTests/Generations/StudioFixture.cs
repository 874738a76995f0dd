using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reelwright.Api.Generations;
using Reelwright.Api.Workers;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>The whole back end for one test class: the real API and a real worker on isolated PostgreSQL, RabbitMQ and Azurite.</summary>
public class StudioFixture : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public IsolatedStudioResources Resources { get; private set; } = null!;
    public StudioApiFactory Api { get; private set; } = null!;
    public StudioWorkerHost? Worker { get; private set; }
    /// <summary>Acts as <see cref="Account"/>, who owns a team and its project "My clips".</summary>
    public HttpClient Client { get; private set; } = null!;
    public TestAccount Account { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? ApiSettings => null;
    protected virtual IReadOnlyDictionary<string, string?>? WorkerSettings => null;

    public virtual async ValueTask InitializeAsync()
    {
        Resources = await IsolatedStudioResources.CreateAsync();
        Api = new StudioApiFactory(Resources, ApiSettings);
        (Client, Account) = await Api.CreateSignedInClientAsync();
        Worker = await StudioWorkerHost.StartAsync(Resources, WorkerSettings);
    }

    public async Task<HttpResponseMessage> PostGenerationAsync(object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<GenerationResponse> SubmitAsync(object body, string? idempotencyKey = null)
    {
        using var response = await PostGenerationAsync(body, idempotencyKey);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GenerationResponse>(Json, TestContext.Current.CancellationToken))!;
    }

    public async Task<GenerationResponse> GetAsync(Guid id) =>
        (await Client.GetFromJsonAsync<GenerationResponse>($"/api/generations/{id}", Json, TestContext.Current.CancellationToken))!;

    public async Task<GenerationPage> ListAsync(int limit, string? cursor = null)
    {
        var query = cursor is null ? $"?limit={limit}" : $"?limit={limit}&cursor={Uri.EscapeDataString(cursor)}";
        return (await Client.GetFromJsonAsync<GenerationPage>($"/api/generations{query}", Json, TestContext.Current.CancellationToken))!;
    }

    /// <summary>Waits until the API has recorded this fixture's worker's first report, and returns it.</summary>
    public async Task<WorkerResponse> WaitForWorkerReportAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var workers = await Client.GetFromJsonAsync<List<WorkerResponse>>("/api/workers", Json, TestContext.Current.CancellationToken);
            if (workers!.FirstOrDefault(w => w.Name == $"test-worker-{Resources.Name}") is { } worker)
                return worker;
            if (DateTime.UtcNow > deadline)
                Assert.Fail("The worker never reported itself to the API.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Polls until the generation is Succeeded, Failed or Canceled; fails the test if that takes longer than a clip should.</summary>
    public Task<GenerationResponse> WaitUntilFinishedAsync(Guid id, int timeoutSeconds = 90) =>
        GenerationPolling.WaitUntilFinishedAsync(Client, id, timeoutSeconds);

    public virtual async ValueTask DisposeAsync()
    {
        if (Worker is not null)
            await Worker.DisposeAsync();
        Client.Dispose();
        await Api.DisposeAsync();
        await Resources.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
