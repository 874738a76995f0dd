using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Reelwright.GalleryLoad;

/// <summary>One page request a reader made: which page, how long until its last byte, and whether it answered 200.</summary>
public readonly record struct PageHit(string Page, double Millis, bool Ok);

/// <summary>
/// Anonymous readers, each on its own connection, reading gallery pages back to back for a while: half the time the
/// gallery's first page (a fifth of those sorted by likes), half the time a random clip page.
/// </summary>
public static class ReaderLoad
{
    public static async Task<IReadOnlyList<PageHit>> RunAsync(Uri web, IReadOnlyList<Guid> clips, int readers, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = readers, PooledConnectionLifetime = TimeSpan.FromMinutes(10), AutomaticDecompression = DecompressionMethods.All };
        using var http = new HttpClient(handler) { BaseAddress = web, Timeout = TimeSpan.FromSeconds(30) };
        var hits = new ConcurrentBag<PageHit>();
        var until = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, readers).Select(async reader =>
        {
            var random = new Random(reader);
            while (until.Elapsed < duration)
                hits.Add(await ReadAsync(http, PickPage(random, clips)));
        });
        await Task.WhenAll(tasks);
        return [.. hits];
    }

    private static (string Page, string Path) PickPage(Random random, IReadOnlyList<Guid> clips) =>
        random.Next(2) == 0
            ? random.Next(5) == 0 ? ("gallery, most liked", "/gallery?sort=liked") : ("gallery, recent", "/gallery")
            : ("clip page", $"/g/{clips[random.Next(clips.Count)]}");

    private static async Task<PageHit> ReadAsync(HttpClient http, (string Page, string Path) target)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.GetAsync(target.Path, HttpCompletionOption.ResponseContentRead);
            return new PageHit(target.Page, watch.Elapsed.TotalMilliseconds, response.StatusCode == HttpStatusCode.OK);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new PageHit(target.Page, watch.Elapsed.TotalMilliseconds, Ok: false);
        }
    }
}
