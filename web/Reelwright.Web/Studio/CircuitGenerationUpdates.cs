using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Options;

namespace Reelwright.Web.Studio;

/// <summary>
/// One SignalR connection per circuit to the Studio API's generations hub, made with that circuit's user token, so
/// the API pushes each user only the generations they may see. It connects on the first subscription (a page that
/// never listens costs no connection) and closes when the circuit's scope is disposed.
/// </summary>
public sealed class CircuitGenerationUpdates : IGenerationUpdates, IAsyncDisposable
{
    public const string HubPath = "/hubs/generations";
    public const string UpdatedMethod = "GenerationUpdated";

    private readonly HubConnection _connection;
    private readonly GenerationHubRetryPolicy _retry = new();
    private readonly CancellationTokenSource _disposed = new();
    private readonly ILogger<CircuitGenerationUpdates> _logger;
    private readonly Lock _subscribers = new();
    private Func<GenerationView, Task>? _updated;
    private Func<Task>? _reconnected;
    private bool _connecting;

    public CircuitGenerationUpdates(IOptions<StudioOptions> options, IStudioSession session, ILogger<CircuitGenerationUpdates> logger)
    {
        _logger = logger;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(options.Value.ApiBaseUrl), HubPath), connection => UseSessionToken(connection, session))
            .WithAutomaticReconnect(_retry)
            .AddJsonProtocol(o => StudioJson.Configure(o.PayloadSerializerOptions))
            .Build();
        _connection.On<GenerationView>(UpdatedMethod, generation => NotifyAsync(_updated, handler => handler(generation)));
        _connection.Reconnected += _ => NotifyAsync(_reconnected, handler => handler());
    }

    public event Func<GenerationView, Task>? Updated
    {
        add
        {
            lock (_subscribers)
                _updated += value;
            EnsureConnecting();
        }
        remove
        {
            lock (_subscribers)
                _updated -= value;
        }
    }

    public event Func<Task>? Reconnected
    {
        add
        {
            lock (_subscribers)
                _reconnected += value;
        }
        remove
        {
            lock (_subscribers)
                _reconnected -= value;
        }
    }

    /// <summary>
    /// The hub is asked for the token on every (re)connect, so it is the circuit user's current one. The .NET client
    /// sends it as an Authorization header; only browser clients fall back to the access_token query parameter.
    /// </summary>
    public static void UseSessionToken(HttpConnectionOptions connection, IStudioSession session) =>
        connection.AccessTokenProvider = session.TokenAsync;

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        await _connection.DisposeAsync();
        _disposed.Dispose();
    }

    private void EnsureConnecting()
    {
        lock (_subscribers)
        {
            if (_connecting)
                return;
            _connecting = true;
        }
        // In the background: the page renders (and works, without live updates) while the API is still starting.
        _ = ConnectAsync(_disposed.Token);
    }

    private async Task ConnectAsync(CancellationToken disposed)
    {
        for (var attempt = 0; ; attempt++)
        {
            Exception failure;
            try
            {
                await _connection.StartAsync(disposed);
                return;
            }
            catch (OperationCanceledException) when (disposed.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                failure = e;
            }

            if (_retry.NextRetryDelay(new RetryContext { PreviousRetryCount = attempt, RetryReason = failure }) is not { } delay)
            {
                _logger.LogInformation("The generations hub refused this session ({Reason}); no live updates for this circuit", failure.Message);
                return;
            }
            _logger.LogWarning("Studio API hub not reachable yet ({Reason}); retrying", failure.Message);
            try
            {
                await Task.Delay(delay, disposed);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Calls every subscriber; one broken page must not stop the others in the circuit from updating.</summary>
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
                _logger.LogWarning(e, "A page failed to apply a generation update");
            }
        }
    }
}
