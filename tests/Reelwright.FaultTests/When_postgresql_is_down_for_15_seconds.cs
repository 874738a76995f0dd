using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Reelwright.Data.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.FaultTests;

/// <summary>The database goes away for 15 seconds: writes are refused with 503 meanwhile, nothing accepted is lost, and everything resumes.</summary>
public sealed class When_postgresql_is_down_for_15_seconds
{
    [Fact]
    public async Task Writes_get_503_meanwhile_and_accepted_jobs_finish_afterwards()
    {
        await using var studio = await FaultStudio.StartAsync();
        await using var worker = await StudioWorkerHost.StartAsync(studio.Resources);
        var accepted = await studio.SubmitAsync(steps: 40);

        var outage = Stopwatch.StartNew();
        await LocalServiceControl.StopAsync("postgres");
        try
        {
            using var refused = await studio.Client.PostAsJsonAsync("/api/generations", new { prompt = "a blue square", steps = 2 }, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.True(outage.Elapsed < TimeSpan.FromSeconds(15), $"the refusal took {outage.Elapsed.TotalSeconds:0.0} s");

            await Task.Delay(TimeSpan.FromSeconds(15) - outage.Elapsed, TestContext.Current.CancellationToken);
        }
        finally
        {
            await LocalServiceControl.StartAllAsync();
        }

        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == accepted && g.Status == GenerationStatus.Succeeded), TimeSpan.FromMinutes(2),
            "the job accepted before the outage has finished");
        var after = await studio.SubmitAsync(steps: 2, "a green triangle");
        await studio.WaitUntilAsync(db => db.Generations.AnyAsync(g => g.Id == after && g.Status == GenerationStatus.Succeeded), TimeSpan.FromMinutes(1),
            "a job submitted after the outage has finished");
        Assert.Equal(1, await studio.InDatabaseAsync(db => db.Clips.CountAsync(c => c.GenerationId == accepted)));
    }
}
