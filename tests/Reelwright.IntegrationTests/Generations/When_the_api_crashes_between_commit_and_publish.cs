using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

/// <summary>
/// The API commits the generation and its outbox row, then dies before the relay publishes. Nothing may be lost:
/// the next API instance publishes the row and the clip is made.
/// </summary>
public sealed class When_the_api_crashes_between_commit_and_publish : IAsyncLifetime
{
    private IsolatedStudioResources _resources = null!;
    private StudioWorkerHost _worker = null!;

    public async ValueTask InitializeAsync()
    {
        _resources = await IsolatedStudioResources.CreateAsync();
        _worker = await StudioWorkerHost.StartAsync(_resources);
    }

    [Fact]
    public async Task The_next_instance_publishes_the_job_and_the_clip_is_made()
    {
        Guid id;
        TestAccount account;
        await using (var crashing = new StudioApiFactory(_resources, new Dictionary<string, string?> { ["Outbox:RelayEnabled"] = "false" }))
        {
            (var studio, account) = await crashing.CreateSignedInClientAsync();
            using var response = await studio.PostAsync("/api/generations",
                new StringContent("""{"prompt":"a white triangle falling on a green background","steps":3}""", System.Text.Encoding.UTF8, "application/json"),
                TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
            id = (await response.Content.ReadFromJsonAsync<Reelwright.Api.Generations.GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!.Id;

            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
            await using var scope = crashing.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.PublishedAt == null, TestContext.Current.CancellationToken));
            Assert.Equal(GenerationStatus.Queued, (await db.Generations.SingleAsync(g => g.Id == id, TestContext.Current.CancellationToken)).Status);
        }

        await using var recovered = new StudioApiFactory(_resources);
        var client = recovered.CreateClient().SignedInAs(account);
        var generation = await GenerationPolling.WaitUntilFinishedAsync(client, id, timeoutSeconds: 60);

        Assert.Equal(GenerationStatus.Succeeded, generation.Status);
        await using var check = recovered.Services.CreateAsyncScope();
        var outbox = await check.ServiceProvider.GetRequiredService<StudioDbContext>().OutboxMessages.SingleAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(outbox.PublishedAt);
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.DisposeAsync();
        await _resources.DisposeAsync();
    }
}
