using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace Reelwright.Web.Studio;

/// <summary>
/// One SignalR connection from this web server to the Studio API's generations hub, shared by every circuit:
/// each open workspace subscribes to <see cref="Updated"/> and re-renders over its own circuit, so the browser
/// sees progress without polling.
/// </summary>
public sealed class GenerationUpdatesListener : IGenerationUpdates, IHostedService, IAsyncDisposable
{
    public const string HubPath = "/hubs/generations";
    public const string UpdatedMethod = "GenerationUpdated";

    private readonly HubConnection _connection;
    private readonly ILogger<GenerationUpdatesListener> _logger;

    public GenerationUpdatesListener(IOptions<StudioOptions> options, ILogger<GenerationUpdatesListener> logger)
    {
        _logger = logger;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(options.Value.ApiBaseUrl), HubPath))
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .AddJsonProtocol(o => StudioJson.Configure(o.PayloadSerializerOptions))
            .Build();
        _connection.On<GenerationView>(UpdatedMethod, generation => NotifyAsync(Updated, handler => handler(generation)));
        _connection.Reconnected += _ => NotifyAsync(Reconnected, handler => handler());
    }

    public event Func<GenerationView, Task>? Updated;

    public event Func<Task>? Reconnected;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Connect in the background: the web app should come up (and retry) even while the API is still starting.
        _ = ConnectAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _connection.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private async Task ConnectAsync()
    {
        var retry = new ForeverRetryPolicy();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await _connection.StartAsync();
                _logger.LogInformation("Listening for generation updates at {Hub}", HubPath);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                _logger.LogWarning("Studio API hub not reachable yet ({Reason}); retrying", e.Message);
                await Task.Delay(retry.NextRetryDelay(new RetryContext { PreviousRetryCount = attempt }) ?? TimeSpan.FromSeconds(5));
            }
            catch (InvalidOperationException) when (_connection.State != HubConnectionState.Disconnected)
            {
                return; // already connecting or connected
            }
        }
    }

    /// <summary>Calls every subscriber; one broken workspace must not stop the others from updating.</summary>
    private async Task NotifyAsync<THandler>(THandler? handlers, Func<THandler, Task> invoke)
        where THandler : Delegate
    {
        if (handlers is null)
            return;
        foreach (var handler in handlers.GetInvocationList().Cast<THandler>())
        {
            try
            {
                await invoke(handler);
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "A workspace failed to apply a generation update");
            }
        }
    }

    private sealed class ForeverRetryPolicy : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext context) =>
            TimeSpan.FromMilliseconds(Math.Min(5000, 250 * Math.Pow(2, Math.Min(context.PreviousRetryCount, 5))));
    }
}
