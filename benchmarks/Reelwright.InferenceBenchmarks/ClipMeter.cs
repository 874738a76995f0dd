using System.Diagnostics;

namespace Reelwright.InferenceBenchmarks;

/// <summary>
/// Times one clip and counts what it allocated. <see cref="GC.GetAllocatedBytesForCurrentThread"/> would miss the
/// work <c>GenerateAsync</c> does on a thread-pool thread, so this counts the whole process, precisely, which is
/// right only because nothing else runs during a clip.
/// </summary>
public static class ClipMeter
{
    public static async Task<ClipMeasurement> MeasureAsync(Func<Task> clip)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        await clip();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new ClipMeasurement(elapsed.TotalMilliseconds, allocated);
    }

    public static Task<ClipMeasurement> Measure(Action clip) =>
        MeasureAsync(() =>
        {
            clip();
            return Task.CompletedTask;
        });
}
