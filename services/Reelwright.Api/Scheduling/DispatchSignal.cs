namespace Reelwright.Api.Scheduling;

/// <summary>Wakes the dispatcher when something changes what it could release: a new job, a finished one, a worker's report.</summary>
public sealed class DispatchSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        try { _pending.Release(); }
        catch (SemaphoreFullException) { /* already signalled: one round releases everything it can */ }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pending.WaitAsync(timeout, cancellationToken);
}
