using System.Globalization;

namespace Reelwright.FleetBenchmarks;

/// <summary>
/// Prints the fleet's figures against the real API, dispatcher, RabbitMQ, PostgreSQL, Azurite and ffmpeg:
/// (1) jobs per second through submit, dispatch, outbox, broker, worker and status update, with stand-in jobs of no
/// length; (2) the gap between a worker finishing a job and starting its next, p50/p99; (3) fairness: one person
/// queues 200 jobs, four others 5 each; (4) clips per minute of the real model with 1, 2 and 4 workers.
/// Run it in Release on an otherwise idle machine (infra/fleet-benchmark.sh).
/// </summary>
public static class FleetBenchmarkProgram
{
    private static readonly TimeSpan FairnessJob = TimeSpan.FromMilliseconds(100);

    public static async Task Main()
    {
        Console.WriteLine($"Reelwright fleet benchmark: {Environment.ProcessorCount} cores, workers in process, one job at a time each, one prefetched");
        await using (var studio = await FleetStudio.StartAsync())
        {
            await ThroughputAsync(studio);
            await FairnessAsync(studio);
        }
        await using (var studio = await FleetStudio.StartAsync())
            await ScalingAsync(studio);
    }

    private static async Task ThroughputAsync(FleetStudio studio)
    {
        const int jobs = 100;
        await studio.StartWorkersAsync(2, TimeSpan.Zero);
        var person = await studio.SignUpAsync("Throughput");
        await studio.WaitUntilDoneAsync(await studio.SubmitAsync(person, 4, steps: 1, "warm-up"));

        var ids = await studio.SubmitAsync(person, jobs, steps: 1, "a stand-in clip");
        await studio.WaitUntilDoneAsync(ids);
        var times = await studio.TimesAsync(ids);
        var seconds = (times.Max(t => t.CompletedAt) - times.Min(t => t.CreatedAt)).TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"(1) Throughput, {jobs} stand-in jobs of no length, 2 workers: {F(jobs / seconds)} jobs/s " +
                          $"({F(seconds)} s from the first submit to the last clip stored; each job still encodes and uploads a 4-frame clip)");

        var gaps = times.GroupBy(t => t.Worker)
            .SelectMany(worker => worker.OrderBy(t => t.StartedAt).Zip(worker.OrderBy(t => t.StartedAt).Skip(1), (before, after) => (after.StartedAt - before.CompletedAt).TotalMilliseconds))
            .ToList();
        Console.WriteLine($"(2) Dispatch gap, a worker's clip stored to its next job started: p50 {F(Statistics.Percentile(gaps, 50))} ms, " +
                          $"p99 {F(Statistics.Percentile(gaps, 99))} ms over {gaps.Count} gaps (goal: p99 under 50 ms)");
        await studio.StopWorkersAsync();
    }

    private static async Task FairnessAsync(FleetStudio studio)
    {
        await studio.StartWorkersAsync(1, FairnessJob);
        var a = await studio.SignUpAsync("A");
        var others = new List<(string Name, HttpClient Client)>();
        foreach (var name in new[] { "B", "C", "D", "E" })
            others.Add((name, await studio.SignUpAsync(name)));

        var big = await studio.SubmitAsync(a, 200, steps: 1, "A's batch");
        var late = new Dictionary<string, List<Guid>>();
        foreach (var (name, client) in others)
            late[name] = await studio.SubmitAsync(client, 5, steps: 1, $"{name}'s clip");
        var all = big.Concat(late.Values.SelectMany(ids => ids)).ToList();
        await studio.WaitUntilDoneAsync(all);

        var times = await studio.TimesAsync(all);
        var jobLength = Statistics.Median(times.Select(t => (t.CompletedAt - t.StartedAt).TotalMilliseconds));
        var lateSubmitted = times.Where(t => t.AuthorId != times.Single(x => x.Id == big[0]).AuthorId).Min(t => t.CreatedAt);
        var windowEnd = times.Where(t => late.Values.Any(ids => ids.Contains(t.Id))).Max(t => t.CompletedAt);
        Console.WriteLine();
        Console.WriteLine($"(3) Fairness: A queues 200 jobs, then B, C, D and E 5 each; 1 worker; a job takes {F(jobLength)} ms (100 ms stand-in plus encode and upload)");
        var shares = new List<double>();
        foreach (var (name, ids) in new[] { ("A", big) }.Concat(late.Select(pair => (pair.Key, pair.Value))))
        {
            var mine = times.Where(t => ids.Contains(t.Id)).ToList();
            var meanWait = mine.Average(t => (t.StartedAt - t.CreatedAt).TotalSeconds);
            var firstStart = (mine.Min(t => t.StartedAt) - mine.Min(t => t.CreatedAt)).TotalMilliseconds;
            var inWindow = mine.Count(t => t.StartedAt >= lateSubmitted && t.StartedAt <= windowEnd);
            shares.Add(inWindow);
            Console.WriteLine($"    {name}: mean wait {F(meanWait)} s; first job started {F(firstStart)} ms after submitting " +
                              $"({F(firstStart / jobLength)} job-lengths); {inWindow} of its jobs started while B..E were waiting");
        }
        Console.WriteLine($"    Jain's fairness index over that window: {Statistics.JainIndex(shares).ToString("0.000", CultureInfo.InvariantCulture)} " +
                          "(1 = equal shares; goal: B..E each start within two job-lengths)");
        await studio.StopWorkersAsync();
    }

    private static async Task ScalingAsync(FleetStudio studio)
    {
        const int clips = 8;
        Console.WriteLine();
        Console.WriteLine($"(4) Scaling, the real model (MiniSora-Shapes, 20 steps), {clips} clips per round:");
        var person = await studio.SignUpAsync("Scaling");
        foreach (var workers in new[] { 1, 2, 4 })
        {
            await studio.StartWorkersAsync(workers, standIn: null);
            await studio.WaitUntilDoneAsync(await studio.SubmitAsync(person, workers, steps: 20, "warm-up"));
            var ids = await studio.SubmitAsync(person, clips, steps: 20, "a red circle moving left on a blue background");
            await studio.WaitUntilDoneAsync(ids);
            var times = await studio.TimesAsync(ids);
            var minutes = (times.Max(t => t.CompletedAt) - times.Min(t => t.CreatedAt)).TotalMinutes;
            Console.WriteLine($"    {workers} worker(s): {F(clips / minutes)} clips/min");
            await studio.StopWorkersAsync();
        }
    }

    private static string F(double value) => value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);
}
