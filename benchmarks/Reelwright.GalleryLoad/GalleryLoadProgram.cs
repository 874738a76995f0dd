using System.Globalization;
using Reelwright.Testing;

namespace Reelwright.GalleryLoad;

/// <summary>
/// The gallery under many anonymous readers: the real API (on Kestrel, over an isolated database with 500 published
/// clips) and the web app published in Release and run in Production as its own process, read by 200 concurrent
/// clients. Prints requests per second and latency percentiles per page. Goal: p99 under 100 ms.
/// </summary>
public static class GalleryLoadProgram
{
    private static readonly Dictionary<string, string?> ReadsOnly = new()
    {
        ["Logging:LogLevel:Default"] = "Error",
        ["Dispatcher:Enabled"] = "false",
        ["Outbox:RelayEnabled"] = "false",
        ["Webhooks:SenderEnabled"] = "false",
    };

    public static async Task<int> Main(string[] args)
    {
        var readers = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;

        await using var resources = await IsolatedStudioResources.CreateAsync();
        await using var api = new StudioApiFactory(resources, ReadsOnly);
        var apiAddress = api.StartOnKestrel();
        var clips = await GallerySeeder.SeedAsync(api, apiAddress);
        await using var web = await PublishedWebApp.StartAsync(apiAddress, CancellationToken.None);
        Console.WriteLine($"{clips.Count} published clips by {GallerySeeder.Creators} creators; web app (Release, Production) at {web.Address}, API at {apiAddress}");

        // Warm-up: JIT, connection pools, PostgreSQL's caches.
        await ReaderLoad.RunAsync(web.Address, clips, readers: 20, TimeSpan.FromSeconds(5));
        var hits = await ReaderLoad.RunAsync(web.Address, clips, readers, TimeSpan.FromSeconds(seconds));

        Console.WriteLine();
        Console.WriteLine($"{readers} concurrent anonymous readers for {seconds} s, {Environment.ProcessorCount} cores (load average {LoadAverage()}); API, web app, PostgreSQL and the readers share them");
        Console.WriteLine($"{"page",-22} {"requests",9} {"req/s",7} {"p50 ms",7} {"p95 ms",7} {"p99 ms",7} {"max ms",7} {"errors",7}");
        foreach (var page in hits.GroupBy(h => h.Page).OrderBy(g => g.Key).Append(hits.GroupBy(_ => "all pages").Single()))
            Print(page.Key, [.. page], seconds);
        Console.WriteLine("Goal: p99 under 100 ms.");
        return hits.Any(h => !h.Ok) ? 1 : 0;
    }

    private static void Print(string page, IReadOnlyList<PageHit> hits, int seconds)
    {
        var millis = hits.Select(h => h.Millis).ToList();
        Console.WriteLine($"{page,-22} {hits.Count,9} {F(hits.Count / (double)seconds),7} {F(Statistics.Percentile(millis, 50)),7} {F(Statistics.Percentile(millis, 95)),7} " +
                          $"{F(Statistics.Percentile(millis, 99)),7} {F(millis.Max()),7} {hits.Count(h => !h.Ok),7}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
