namespace Reelwright.Api.Webhooks;

/// <summary>Wakes the sender as soon as deliveries are saved, so an event does not wait for the next poll.</summary>
public sealed class WebhookSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try { _pending.Release(); }
        catch (SemaphoreFullException) { /* already signalled: one wake-up claims everything due */ }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
