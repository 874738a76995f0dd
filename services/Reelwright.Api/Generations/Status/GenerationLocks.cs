namespace Reelwright.Api.Generations.Status;

/// <summary>
/// Serialises the recording of events for one generation within this process. Events are consumed concurrently,
/// so without it two steps' "update, read back, push" could interleave and a listener would see step 4 before step 3.
/// Striped rather than one lock per id: memory stays fixed however many generations pass through.
/// </summary>
public sealed class GenerationLocks
{
    private const int Stripes = 64;
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(Guid generationId, CancellationToken ct)
    {
        var stripe = _stripes[(generationId.GetHashCode() & int.MaxValue) % Stripes];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                stripe.Release();
        }
    }
}
