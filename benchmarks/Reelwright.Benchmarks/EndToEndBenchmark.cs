using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;

namespace Reelwright.Benchmarks;

/// <summary>
/// Time from POST /api/generations to the generation reading Succeeded, with the MP4 in the blob store: the
/// outbox, RabbitMQ, the worker's sampling, ffmpeg, the upload and the status update, as a user waits for them.
/// </summary>
public static class EndToEndBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<IReadOnlyList<EndToEndRun>> RunAsync(HttpClient api, int runs, CancellationToken ct)
    {
        var results = new List<EndToEndRun>();
        for (var run = 0; run < runs; run++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await api.PostAsJsonAsync("/api/generations", new { prompt = RawInferenceBenchmark.Prompt, seed = run }, ct);
            response.EnsureSuccessStatusCode();
            var id = (await response.Content.ReadFromJsonAsync<GenerationResponse>(Json, ct))!.Id;
            var done = await WaitUntilFinishedAsync(api, id, ct);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (done.Status != GenerationStatus.Succeeded)
                throw new InvalidOperationException($"Generation {id} ended {done.Status}: {done.FailureReason}");
            results.Add(new EndToEndRun(done, elapsedMs));
        }
        return results;
    }

    private static async Task<GenerationResponse> WaitUntilFinishedAsync(HttpClient api, Guid id, CancellationToken ct)
    {
        while (true)
        {
            var generation = (await api.GetFromJsonAsync<GenerationResponse>($"/api/generations/{id}", Json, ct))!;
            if (generation.Status is GenerationStatus.Succeeded or GenerationStatus.Failed)
                return generation;
            await Task.Delay(10, ct);
        }
    }
}
