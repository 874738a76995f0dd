using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Api.Scheduling;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>
/// On a fresh machine the API starts before any worker. A job accepted then waits in PostgreSQL, with its place in
/// the queue, until the first worker reports; then the dispatcher releases it and it is produced.
/// </summary>
public sealed class When_no_worker_has_started_yet : IAsyncLifetime
{
    private IsolatedStudioResources _resources = null!;
    private StudioApiFactory _api = null!;

    public async ValueTask InitializeAsync()
    {
        _resources = await IsolatedStudioResources.CreateAsync();
        _api = new StudioApiFactory(_resources);
    }

    [Fact]
    public async Task An_accepted_job_waits_in_line_for_the_first_worker_and_is_produced()
    {
        var (client, _) = await _api.CreateSignedInClientAsync();
        using var response = await client.PostAsJsonAsync("/api/generations", new { prompt = "a yellow ring rising", steps = 3 }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!.Id;

        // Several dispatcher polls later it is still waiting in the database, first in line, with no estimate: no worker runs its model.
        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        await using (var scope = _api.Services.CreateAsyncScope())
            Assert.Null((await scope.ServiceProvider.GetRequiredService<StudioDbContext>().Generations.SingleAsync(g => g.Id == id, TestContext.Current.CancellationToken)).DispatchedAt);
        var queue = (await client.GetFromJsonAsync<QueueResponse>("/api/queue", StudioFixture.Json, TestContext.Current.CancellationToken))!;
        var waiting = Assert.Single(queue.Jobs);
        Assert.Equal((id, 1, (int?)null), (waiting.GenerationId, waiting.Position, waiting.EtaSeconds));

        await using var worker = await StudioWorkerHost.StartAsync(_resources);

        var generation = await GenerationPolling.WaitUntilFinishedAsync(client, id, timeoutSeconds: 60);
        Assert.Equal(GenerationStatus.Succeeded, generation.Status);
        Assert.Empty((await client.GetFromJsonAsync<QueueResponse>("/api/queue", StudioFixture.Json, TestContext.Current.CancellationToken))!.Jobs);
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        await _resources.DisposeAsync();
    }
}
