using Reelwright.Worker.Generation;
using Xunit;

namespace Reelwright.UnitTests.Worker;

public sealed class WorkerActivityTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Throughput_is_clips_over_the_minutes_the_worker_has_been_up()
    {
        var startedAt = _clock.GetUtcNow();
        var activity = new WorkerActivity(_clock);
        _clock.Advance(TimeSpan.FromMinutes(2));
        for (var i = 0; i < 6; i++)
            activity.Produced();

        Assert.Equal(3, activity.ClipsPerMinute(startedAt));
    }

    [Fact]
    public void Clips_older_than_the_window_no_longer_count()
    {
        var startedAt = _clock.GetUtcNow();
        var activity = new WorkerActivity(_clock);
        activity.Produced();
        _clock.Advance(TimeSpan.FromMinutes(4));
        activity.Produced();
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(1 / 5.0, activity.ClipsPerMinute(startedAt), precision: 6);
    }

    [Fact]
    public void The_jobs_running_now_are_listed_until_they_end()
    {
        var activity = new WorkerActivity(_clock);
        var job = Guid.NewGuid();

        activity.Started(job);
        Assert.Equal([job], activity.Running);
        activity.Ended(job);
        Assert.Empty(activity.Running);
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
