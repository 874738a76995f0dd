using Reelwright.Web.Components.Shared;
using Xunit;

namespace Reelwright.ComponentTests.Shared;

/// <summary>How a place in line and a wait read in English.</summary>
public sealed class QueueWordingTests
{
    [Theory]
    [InlineData(1, "1st"), InlineData(2, "2nd"), InlineData(3, "3rd"), InlineData(4, "4th"), InlineData(11, "11th"), InlineData(12, "12th"),
     InlineData(13, "13th"), InlineData(21, "21st"), InlineData(22, "22nd"), InlineData(101, "101st"), InlineData(111, "111th")]
    public void Places_read_as_ordinals(int place, string words) => Assert.Equal(words, QueueWording.Ordinal(place));

    [Theory]
    [InlineData(0, "any moment now"), InlineData(40, "about 40 s"), InlineData(59, "about 59 s"), InlineData(60, "about 1 min"),
     InlineData(185, "about 3 min"), InlineData(7199, "about 120 min"), InlineData(3 * 3600, "about 3 h")]
    public void Waits_read_in_seconds_then_minutes_then_hours(int seconds, string words)
    {
        var job = Sample.Waiting(Sample.Queued(), position: 1, positionForModel: 1, etaSeconds: seconds);

        Assert.Equal(words, QueueWording.Wait(job));
    }

    [Fact]
    public void A_held_job_is_on_hold_and_one_no_worker_runs_has_no_estimate()
    {
        var job = Sample.Waiting(Sample.Queued(), position: 1, positionForModel: 1, etaSeconds: null);

        Assert.Equal("no worker for this model yet", QueueWording.Wait(job));
        Assert.Equal("on hold", QueueWording.Wait(job with { Held = true }));
    }
}
