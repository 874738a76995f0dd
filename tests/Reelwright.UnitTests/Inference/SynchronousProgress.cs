namespace Reelwright.UnitTests.Inference;

/// <summary>
/// Reports on the calling thread, unlike <see cref="Progress{T}"/> which posts to the thread pool, so a test sees
/// every report before the next step starts.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> onReport) : IProgress<T>
{
    public void Report(T value) => onReport(value);
}
