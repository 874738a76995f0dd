using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Api.Scheduling;
using Reelwright.Data;
using Reelwright.Data.Generations;
using Reelwright.IntegrationTests.Generations;
using Reelwright.Testing;
using Xunit;

namespace Reelwright.IntegrationTests.Scheduling;

/// <summary>
/// Jobs wait in PostgreSQL and are released as the one worker (one job at a time, one prefetched) has room, in fair
/// order; an administrator (this studio's first account) steers the queue.
/// </summary>
public sealed class When_jobs_wait_for_the_fleet(StudioFixture studio) : IClassFixture<StudioFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_as_many_jobs_are_released_as_the_workers_have_room_for_and_all_finish()
    {
        await studio.WaitForWorkerReportAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add((await studio.SubmitAsync(new { prompt = "a red circle moving left", steps = 8, seed = i })).Id);

        var mostReleasedAtOnce = 0;
        while (true)
        {
            var states = await InDatabaseAsync(db => db.Generations.Where(g => ids.Contains(g.Id)).Select(g => new { g.Status, g.DispatchedAt }).ToListAsync(Ct));
            mostReleasedAtOnce = Math.Max(mostReleasedAtOnce, states.Count(s => s.DispatchedAt != null && s.Status is GenerationStatus.Queued or GenerationStatus.Running));
            if (states.All(s => s.Status == GenerationStatus.Succeeded))
                break;
            Assert.DoesNotContain(states, s => s.Status is GenerationStatus.Failed or GenerationStatus.Canceled);
            await Task.Delay(50, Ct);
        }

        Assert.InRange(mostReleasedAtOnce, 1, 2);
    }

    [Fact]
    public async Task A_late_single_job_is_released_before_the_rest_of_a_big_queue()
    {
        await studio.WaitForWorkerReportAsync();
        var (newcomer, _) = await studio.Api.CreateSignedInClientAsync("Newcomer");
        var big = new List<Guid>();
        for (var i = 0; i < 8; i++)
            big.Add((await studio.SubmitAsync(new { prompt = "a blue square rising", steps = 8, seed = 100 + i })).Id);

        using var response = await newcomer.PostAsJsonAsync("/api/generations", new { prompt = "a green triangle falling", steps = 8 }, Ct);
        var single = (await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, Ct))!;
        var submittedAt = DateTimeOffset.UtcNow;
        Assert.Equal(GenerationStatus.Succeeded, (await GenerationPolling.WaitUntilFinishedAsync(newcomer, single.Id)).Status);

        var singleReleased = await InDatabaseAsync(db => db.Generations.Where(g => g.Id == single.Id).Select(g => g.DispatchedAt).SingleAsync(Ct));
        var bigReleasedBetween = await InDatabaseAsync(db => db.Generations.CountAsync(g => big.Contains(g.Id) && g.DispatchedAt > submittedAt.AddSeconds(-1) && g.DispatchedAt < singleReleased, Ct));
        // At most the one job already prefetched for the worker went first; the big queue's remaining jobs waited.
        Assert.InRange(bigReleasedBetween, 0, 2);
        Assert.True(await InDatabaseAsync(db => db.Generations.CountAsync(g => big.Contains(g.Id) && (g.DispatchedAt == null || g.DispatchedAt > singleReleased), Ct)) >= 4);
    }

    [Fact]
    public async Task An_administrator_pauses_and_resumes_the_queue_and_others_cannot()
    {
        await studio.WaitForWorkerReportAsync();
        var (someoneElse, _) = await studio.Api.CreateSignedInClientAsync("Not admin");
        using (var refused = await someoneElse.PostAsJsonAsync("/api/admin/queue/pause", new { }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        (await studio.Client.PostAsJsonAsync("/api/admin/queue/pause", new { }, Ct)).EnsureSuccessStatusCode();
        try
        {
            var held = await studio.SubmitAsync(new { prompt = "a yellow ring", steps = 2 });
            await Task.Delay(TimeSpan.FromSeconds(2.5), Ct);
            var queue = (await studio.Client.GetFromJsonAsync<QueueResponse>("/api/admin/queue", StudioFixture.Json, Ct))!;
            Assert.True(queue.Paused);
            var waiting = Assert.Single(queue.Jobs, j => j.GenerationId == held.Id);
            Assert.True(waiting.Held);
            Assert.Equal(GenerationStatus.Queued, (await studio.GetAsync(held.Id)).Status);
        }
        finally
        {
            (await studio.Client.PostAsJsonAsync("/api/admin/queue/resume", new { }, Ct)).EnsureSuccessStatusCode();
        }

        var pending = (await studio.Client.GetFromJsonAsync<QueueResponse>("/api/queue", StudioFixture.Json, Ct))!.Jobs.Select(j => j.GenerationId).ToList();
        foreach (var id in pending)
            Assert.Equal(GenerationStatus.Succeeded, (await studio.WaitUntilFinishedAsync(id)).Status);
    }

    [Fact]
    public async Task Pausing_one_persons_jobs_leaves_everyone_elses_running()
    {
        await studio.WaitForWorkerReportAsync();
        var (paused, pausedAccount) = await studio.Api.CreateSignedInClientAsync("Paused person");
        (await studio.Client.PostAsJsonAsync("/api/admin/queue/pause", new { userId = pausedAccount.UserId }, Ct)).EnsureSuccessStatusCode();
        try
        {
            using var heldResponse = await paused.PostAsJsonAsync("/api/generations", new { prompt = "a held circle", steps = 2 }, Ct);
            var held = (await heldResponse.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, Ct))!;
            var other = await studio.SubmitAsync(new { prompt = "a free square", steps = 2 });

            Assert.Equal(GenerationStatus.Succeeded, (await studio.WaitUntilFinishedAsync(other.Id)).Status);
            Assert.Equal(GenerationStatus.Queued, (await paused.GetFromJsonAsync<GenerationResponse>($"/api/generations/{held.Id}", StudioFixture.Json, Ct))!.Status);
        }
        finally
        {
            (await studio.Client.PostAsJsonAsync("/api/admin/queue/resume", new { userId = pausedAccount.UserId }, Ct)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task Two_api_instances_dispatching_together_never_release_a_job_twice()
    {
        await studio.WaitForWorkerReportAsync();
        await using var second = new StudioApiFactory(studio.Resources);
        var secondClient = second.CreateClient().SignedInAs(studio.Account);
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await (i % 2 == 0 ? studio.Client : secondClient).PostAsJsonAsync("/api/generations", new { prompt = "a twin circle", steps = 2, seed = 500 + i }, Ct);
            ids.Add((await response.Content.ReadFromJsonAsync<GenerationResponse>(StudioFixture.Json, Ct))!.Id);
        }

        foreach (var id in ids)
            Assert.Equal(GenerationStatus.Succeeded, (await studio.WaitUntilFinishedAsync(id)).Status);
        Assert.All(await InDatabaseAsync(db => db.Generations.Where(g => ids.Contains(g.Id)).Select(g => g.DispatchCount).ToListAsync(Ct)), count => Assert.Equal(1, count));
        var sent = await InDatabaseAsync(db => db.OutboxMessages.Where(m => m.MessageType == "generate-clip").Select(m => m.Payload).ToListAsync(Ct));
        Assert.All(ids, id => Assert.Single(sent, payload => payload.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task A_job_whose_worker_stopped_reporting_is_put_back_in_line_and_finishes()
    {
        await studio.WaitForWorkerReportAsync();
        var job = await studio.SubmitAsync(new { prompt = "an orphaned circle", steps = 2 });
        var first = await studio.WaitUntilFinishedAsync(job.Id);
        // As if a worker that has since vanished had taken it ten minutes ago and never finished.
        await InDatabaseAsync(db => db.Generations.Where(g => g.Id == job.Id).ExecuteUpdateAsync(set => set
            .SetProperty(g => g.Status, GenerationStatus.Running)
            .SetProperty(g => g.WorkerName, "a-worker-that-died")
            .SetProperty(g => g.StartedAt, DateTimeOffset.UtcNow.AddMinutes(-10))
            .SetProperty(g => g.CompletedAt, (DateTimeOffset?)null), Ct));
        await InDatabaseAsync(db => db.Clips.Where(c => c.GenerationId == job.Id).ExecuteDeleteAsync(Ct));

        var done = await studio.WaitUntilFinishedAsync(job.Id);

        Assert.Equal(GenerationStatus.Succeeded, done.Status);
        Assert.Equal(2, await InDatabaseAsync(db => db.Generations.Where(g => g.Id == job.Id).Select(g => g.DispatchCount).SingleAsync(Ct)));
        // Released again, the job found its clip already stored and announced it: the same video, not a second one.
        Assert.Equal(first.Clip!.VideoSha256, done.Clip!.VideoSha256);
    }

    [Fact]
    public async Task An_administrator_sets_a_teams_share_and_nobody_else_can()
    {
        var (someoneElse, _) = await studio.Api.CreateSignedInClientAsync("Not admin either");
        var teamId = await InDatabaseAsync(db => db.TeamMembers.Where(m => m.UserId == studio.Account.UserId).Select(m => m.TeamId).FirstAsync(Ct));

        using (var set = await studio.Client.PutAsJsonAsync($"/api/admin/teams/{teamId}/scheduling-weight", new { weight = 2.5 }, Ct))
            Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        using (var refused = await someoneElse.PutAsJsonAsync($"/api/admin/teams/{teamId}/scheduling-weight", new { weight = 50 }, Ct))
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using (var invalid = await studio.Client.PutAsJsonAsync($"/api/admin/teams/{teamId}/scheduling-weight", new { weight = 0 }, Ct))
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);

        Assert.Equal(2.5, await InDatabaseAsync(db => db.Teams.Where(t => t.Id == teamId).Select(t => t.SchedulingWeight).SingleAsync(Ct)));
    }

    private async Task<T> InDatabaseAsync<T>(Func<StudioDbContext, Task<T>> query)
    {
        await using var scope = studio.Api.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<StudioDbContext>());
    }
}
