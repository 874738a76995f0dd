using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Reelwright.IntegrationTests.Webhooks;

/// <summary>
/// Someone's webhook endpoint: a real HTTP server on a loopback port that writes down every request and answers 500
/// to the first <c>failFirst</c> of them, 204 after, taking <c>answerAfterMs</c> to answer each.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly WebApplication _app;
    private readonly TimeSpan _answerAfter;
    private int _failuresLeft;

    private WebhookReceiver(int failFirst, int answerAfterMs)
    {
        _failuresLeft = failFirst;
        _answerAfter = TimeSpan.FromMilliseconds(answerAfterMs);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/hook", ReceiveAsync);
    }

    public Uri Url => new(new Uri(_app.Urls.Single()), "/hook");

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, int answerAfterMs = 0)
    {
        var receiver = new WebhookReceiver(failFirst, answerAfterMs);
        await receiver._app.StartAsync(TestContext.Current.CancellationToken);
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests came in, and returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForRequestsAsync(int count, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (_requests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"The receiver got {_requests.Count} requests in {timeoutSeconds} s; expected {count}.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
        return Requests;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status204NoContent;
        _requests.Enqueue(new ReceivedRequest(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body, status));
        await Task.Delay(_answerAfter);
        return Results.StatusCode(status);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <param name="AnsweredWith">The status code the receiver gave back.</param>
public sealed record ReceivedRequest(IReadOnlyDictionary<string, string> Headers, string Body, int AnsweredWith);
