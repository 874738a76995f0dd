using System.Net.Http.Json;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>
/// On a fresh machine the API starts before any worker has declared its queue. A job accepted then must wait in
/// RabbitMQ for the first worker, not vanish into an exchange with nothing bound to it.
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
    public async Task An_accepted_job_waits_for_the_first_worker_and_is_produced()
    {
        var (client, _) = await _api.CreateSignedInClientAsync();
        using var response = await client.PostAsJsonAsync("/api/generations", new { prompt = "a yellow ring rising", steps = 3 }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!.Id;
        await WaitUntilPublishedAsync();

        await using var worker = await StudioWorkerHost.StartAsync(_resources);

        var generation = await GenerationPolling.WaitUntilFinishedAsync(client, id, timeoutSeconds: 60);
        Assert.Equal(GenerationStatus.Succeeded, generation.Status);
    }

    /// <summary>The relay has handed the job to RabbitMQ before any worker exists: that is the moment it could be lost.</summary>
    private async Task WaitUntilPublishedAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _resources.GetQueueDepthAsync(Reelwright.Contracts.GenerateClip.QueueFor("minisora-shapes"))) is not { Ready: > 0 })
        {
            Assert.True(DateTime.UtcNow < deadline, "the job never reached the generate-clip queue");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        await _resources.DisposeAsync();
    }
}
