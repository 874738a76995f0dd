using System.Globalization;
using System.Net.Http.Headers;
using Reelwright.PromptBenchmarks.Seeding;

namespace Reelwright.PromptBenchmarks;

/// <summary>
/// Prints the prompt store's read latencies with 100,000 prompt versions and 100,000 generations in the database:
/// the history tree of one prompt, a keyset page of a user's clips, and label resolution, each through the real HTTP
/// API in process (p50/p95/p99/max of sequential requests), then the plans of the SQL each one sent.
/// Goal: p99 under 20 ms each. Run it with infra/prompt-benchmark.sh on an otherwise idle machine.
/// </summary>
public static class PromptBenchmarkProgram
{
    private const int PagesDeep = 10;

    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        if (options.SeedOnly)
        {
            var kept = $"rw_bench_prompts_{Guid.NewGuid():N}"[..29];
            await using var studio = await PromptStudio.StartAsync(kept, create: true);
            await StudioSeeder.SeedAsync(studio);
            Console.WriteLine($"Kept database {kept}. Measure it with --database {kept}; drop it afterwards with: DROP DATABASE {kept};");
            return 0;
        }

        await using (var studio = await PromptStudio.StartAsync(options.Database))
        {
            if (options.Database is null)
                await StudioSeeder.SeedAsync(studio);
            await MeasureAsync(studio, options);
        }
        return 0;
    }

    private static async Task MeasureAsync(PromptStudio studio, BenchmarkOptions options)
    {
        using var client = studio.CreateClient();
        var targets = await BenchTargets.ReadAsync(studio, client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", targets.Person.Token);
        var floor = MeasuredQuery.Floor();
        var mine = MeasuredQuery.KeysetPages($"{targets.Person.Name}'s", targets.Person.UserId, PagesDeep);
        MeasuredQuery[] queries =
        [
            MeasuredQuery.HistoryTree(targets.HotPromptId, targets.HotVersions),
            mine,
            MeasuredQuery.KeysetPages($"{StudioCast.OccasionalPerson}'s (rare author)", targets.OccasionalUserId, PagesDeep),
            MeasuredQuery.LabelResolution(targets.LabelledPromptIds),
        ];

        Console.WriteLine();
        Console.WriteLine($"Prompt store reads, {Environment.ProcessorCount} cores (load average {LoadAverage()}), API in process, signed in as {targets.Person.Name}; " +
                          $"{LatencyMeter.WarmUpRequests} warm-up then {options.Requests} sequential requests each");
        Console.WriteLine($"{"query",-66} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7} {"KB",6}");
        foreach (var query in queries.Prepend(floor))
        {
            var timed = await LatencyMeter.MeasureAsync(client, query, options.Requests);
            var millis = timed.Select(t => t.Millis).ToList();
            Console.WriteLine($"{query.Name,-66} {F(Statistics.Percentile(millis, 50)),7} {F(Statistics.Percentile(millis, 95)),7} " +
                              $"{F(Statistics.Percentile(millis, 99)),7} {F(millis.Max()),7} {F(Statistics.Median(timed.Select(t => (double)t.Bytes)) / 1024),6}");
        }
        Console.WriteLine("Goal: p99 under 20 ms each.");

        // The keyset pages explained are a few pages deep, where the cursor condition does its work.
        foreach (var query in queries)
            await QueryPlans.PrintAsync(studio, client, query, requestsFirst: query.Name.StartsWith("keyset", StringComparison.Ordinal) ? PagesDeep / 2 : 0);
    }

    // Other work on the machine shows up in every percentile: the figures say how busy it was.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
