using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.FaultTests;

/// <summary>A worker process is killed (SIGKILL) while sampling: the job is redelivered to another worker and completes once.</summary>
public sealed class When_a_worker_is_killed_mid_job
{
    [Fact]
    public async Task The_job_completes_once_on_another_worker()
    {
        await using var studio = await FaultStudio.StartAsync();
        using var doomed = WorkerProcess.Start(studio.Resources, "doomed-worker");
        await studio.WaitUntilAsync(db => db.Workers.AnyAsync(w => w.Name == "doomed-worker"), TimeSpan.FromSeconds(60), "the worker process has reported");

        var job = await studio.SubmitAsync(steps: 100);
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == job && g.WorkerName == "doomed-worker" && g.CurrentStep >= 3),
            TimeSpan.FromSeconds(60), "the doomed worker is sampling the job");
        doomed.Kill();

        await using var survivor = await StudioWorkerHost.StartAsync(studio.Resources, new Dictionary<string, string?> { ["Worker:Name"] = "survivor" });
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == job && g.Status == GenerationStatus.Succeeded), TimeSpan.FromMinutes(2),
            "the job has finished on the surviving worker");

        Assert.Equal("survivor", await studio.InDatabaseAsync(db => db.Generations.Where(g => g.Id == job).Select(g => g.WorkerName).SingleAsync()));
        Assert.Equal(1, await studio.InDatabaseAsync(db => db.Clips.CountAsync(c => c.GenerationId == job)));
        Assert.Equal(4, (await studio.BlobsOfAsync(job)).Count);
    }
}
