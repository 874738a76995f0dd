using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Reelwright.Api.Generations;
using Reelwright.Data.Generations;
using Reelwright.Testing;

namespace Reelwright.Benchmarks;

/// <summary>
/// Time from POST /api/generations to the API announcing Succeeded (the clip row committed, the MP4 in the blob
/// store): the outbox, RabbitMQ, the worker's sampling, ffmpeg, the upload and the status update, as a user waits
/// for them. Completion is heard on the live-updates hub, as the browser hears it, rather than by polling, which
/// would steal CPU from the sampler on a small machine.
/// </summary>
public sealed class EndToEndBenchmark : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _api;
    private readonly HubConnection _hub;
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<GenerationResponse>> _finished = new();

    private EndToEndBenchmark(HttpClient api, StudioApiFactory host, TestAccount account)
    {
        _api = api;
        _hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_api.BaseAddress!, "/hubs/generations"), options =>
            {
                // WebSockets, as the web app connects: long polling would cost a request per update.
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                // A custom WebSocket factory gets no Authorization header from the client; the hub also reads the
                // token from the query string, as browsers must send it.
                options.WebSocketFactory = async (context, token) =>
                    await host.Server.CreateWebSocketClient().ConnectAsync(
                        new Uri($"{context.Uri}{(context.Uri.Query.Length > 0 ? "&" : "?")}access_token={Uri.EscapeDataString(account.Token)}"), token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        _hub.On<GenerationResponse>("GenerationUpdated", update =>
        {
            if (update.Status is GenerationStatus.Succeeded or GenerationStatus.Failed)
                _finished.GetOrAdd(update.Id, _ => new()).TrySetResult(update);
        });
    }

    /// <summary>Signs up a benchmark account (its requests carry its token, as the web app's do) and listens for its clips.</summary>
    public static async Task<EndToEndBenchmark> StartAsync(StudioApiFactory api, CancellationToken ct)
    {
        var (client, account) = await api.CreateSignedInClientAsync("Benchmark");
        var benchmark = new EndToEndBenchmark(client, api, account);
        await benchmark._hub.StartAsync(ct);
        return benchmark;
    }

    /// <summary>Submits one clip and waits for the API to announce it; the client's wait is the figure.</summary>
    public async Task<EndToEndRun> RunOnceAsync(long seed, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await _api.PostAsJsonAsync("/api/generations", new { prompt = RawInferenceBenchmark.Prompt, seed }, ct);
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<GenerationResponse>(Json, ct))!.Id;
        var done = await _finished.GetOrAdd(id, _ => new()).Task.WaitAsync(TimeSpan.FromMinutes(2), ct);
        var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (done.Status != GenerationStatus.Succeeded)
            throw new InvalidOperationException($"Generation {id} ended {done.Status}: {done.FailureReason}");
        return new EndToEndRun(done, elapsedMs);
    }

    public async ValueTask DisposeAsync()
    {
        await _hub.DisposeAsync();
        _api.Dispose();
    }
}
