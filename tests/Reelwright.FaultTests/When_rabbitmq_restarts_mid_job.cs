using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.FaultTests;

/// <summary>The broker restarts while jobs are queued and one is sampling: every job completes, none lost, none made twice.</summary>
public sealed class When_rabbitmq_restarts_mid_job
{
    [Fact]
    public async Task Every_job_completes_once()
    {
        await using var studio = await FaultStudio.StartAsync();
        await using var worker = await StudioWorkerHost.StartAsync(studio.Resources);
        var jobs = new List<Guid>();
        for (var i = 0; i < 3; i++)
            jobs.Add(await studio.SubmitAsync(steps: 30, $"a circle number {i}"));
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => jobs.Contains(g.Id) && g.Status == GenerationStatus.Running && g.CurrentStep >= 2),
            TimeSpan.FromSeconds(60), "a job is sampling");

        await LocalServiceControl.StopAsync("rabbitmq");
        await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        await LocalServiceControl.StartAllAsync();

        await studio.WaitUntilAsync(async db => await db.Generations.CountAsync(g => jobs.Contains(g.Id) && g.Status == GenerationStatus.Succeeded) == jobs.Count,
            TimeSpan.FromMinutes(3), "every job has finished");
        foreach (var job in jobs)
        {
            Assert.Equal(1, await studio.InDatabaseAsync(db => db.Clips.CountAsync(c => c.GenerationId == job)));
            Assert.Equal(4, (await studio.BlobsOfAsync(job)).Count);
        }
    }
}
