using System.Net;
using System.Net.Http.Json;
using Azure.Storage.Blobs.Models;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Xunit;

namespace Reelwright.IntegrationTests.Generations;

public sealed class When_a_generation_is_canceled(StudioFixture studio) : IClassFixture<StudioFixture>
{
    [Fact]
    public async Task A_running_job_stops_within_a_step_leaves_nothing_stored_and_frees_the_worker()
    {
        var slow = await studio.SubmitAsync(new { prompt = "a white cross pulsing slowly", steps = 100 });
        await GenerationPolling.WaitUntilAsync(studio.Client, slow.Id, g => g.CurrentStep >= 2);

        var canceled = await CancelAsync(slow.Id);
        var canceledAt = DateTimeOffset.UtcNow;
        Assert.Equal(GenerationStatus.Canceled, canceled.Status);

        // One job at a time per worker: the next one starts only once the canceled one has let go of the sampler.
        var next = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = "a red dot", steps = 2 })).Id);
        Assert.Equal(GenerationStatus.Succeeded, next.Status);
        Assert.True(next.StartedAt - canceledAt < TimeSpan.FromSeconds(3), $"the next job started {next.StartedAt - canceledAt} after the cancel");

        var after = await studio.GetAsync(slow.Id);
        Assert.Equal(GenerationStatus.Canceled, after.Status);
        Assert.Null(after.Clip);
        Assert.InRange(after.CurrentStep, 2, 99);
        var blobs = new List<string>();
        await foreach (var blob in studio.Resources.Blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{slow.Id}/", TestContext.Current.CancellationToken))
            blobs.Add(blob.Name);
        Assert.Empty(blobs);
    }

    [Fact]
    public async Task Canceling_twice_is_harmless_and_a_finished_job_cannot_be_canceled()
    {
        var done = await studio.WaitUntilFinishedAsync((await studio.SubmitAsync(new { prompt = "a green box", steps = 1 })).Id);
        var slow = await studio.SubmitAsync(new { prompt = "a brown disc sliding", steps = 100 });

        Assert.Equal(GenerationStatus.Canceled, (await CancelAsync(slow.Id)).Status);
        Assert.Equal(GenerationStatus.Canceled, (await CancelAsync(slow.Id)).Status);

        using var finished = await studio.Client.PostAsync($"/api/generations/{done.Id}/cancel", null, TestContext.Current.CancellationToken);
        using var unknown = await studio.Client.PostAsync($"/api/generations/{Guid.NewGuid()}/cancel", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, finished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(GenerationStatus.Succeeded, (await studio.GetAsync(done.Id)).Status);
    }

    private async Task<GenerationResponse> CancelAsync(Guid id)
    {
        using var response = await studio.Client.PostAsync($"/api/generations/{id}/cancel", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, TestContext.Current.CancellationToken))!;
    }
}
