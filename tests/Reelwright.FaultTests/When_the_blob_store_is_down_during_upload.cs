using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.FaultTests;

/// <summary>The blob store goes away while a clip is being sampled and stays away: the upload is retried, then the job fails saying why.</summary>
public sealed class When_the_blob_store_is_down_during_upload
{
    [Fact]
    public async Task The_job_fails_with_the_reason_after_the_retries_and_the_next_job_succeeds_once_it_is_back()
    {
        await using var studio = await FaultStudio.StartAsync();
        await using var worker = await StudioWorkerHost.StartAsync(studio.Resources, new Dictionary<string, string?>
        {
            // Few, short retries keep the test quick; the production default backs off for about half a minute.
            ["ClipStore:Retries"] = "2",
            ["ClipStore:RetryDelaySeconds"] = "0.5",
        });
        var job = await studio.SubmitAsync(steps: 60);
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == job && g.Status == GenerationStatus.Running && g.CurrentStep >= 2),
            TimeSpan.FromSeconds(60), "the job is sampling");

        await LocalServiceControl.StopAsync("azurite");
        try
        {
            await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == job && g.Status == GenerationStatus.Failed), TimeSpan.FromMinutes(2),
                "the job has failed");
            var reason = await studio.InDatabaseAsync(db => db.Generations.Where(g => g.Id == job).Select(g => g.FailureReason).SingleAsync());
            Assert.Contains("blob store", reason);
            Assert.Contains("retries", reason);
        }
        finally
        {
            await LocalServiceControl.StartAllAsync();
        }

        var next = await studio.SubmitAsync(steps: 2, "a green triangle");
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == next && g.Status == GenerationStatus.Succeeded), TimeSpan.FromMinutes(1),
            "a job after the store came back has succeeded");
        Assert.Equal(0, await studio.InDatabaseAsync(db => db.Clips.CountAsync(c => c.GenerationId == job)));
    }
}
