using System.Diagnostics;
using System.Text.Json;

namespace Reelwright.PromptBenchmarks;

/// <summary>Sequential requests through the in-process API, timed from sending to the last byte of the answer.</summary>
public static class LatencyMeter
{
    public const int WarmUpRequests = 50;

    public static async Task<List<TimedRequest>> MeasureAsync(HttpClient client, MeasuredQuery query, int requests)
    {
        for (var i = 0; i < WarmUpRequests; i++)
            await RequestAsync(client, query);
        var timed = new List<TimedRequest>(requests);
        for (var i = 0; i < requests; i++)
            timed.Add(await RequestAsync(client, query));
        return timed;
    }

    public static async Task<TimedRequest> RequestAsync(HttpClient client, MeasuredQuery query)
    {
        var path = query.NextPath();
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        if (body.Length > 0 && body[0] is (byte)'{' or (byte)'[')
        {
            using var json = JsonDocument.Parse(body);
            query.Read(json.RootElement);
        }
        return new TimedRequest(elapsed, body.Length);
    }
}

/// <param name="Millis">From sending the request to having read all of the answer.</param>
public sealed record TimedRequest(double Millis, int Bytes);
