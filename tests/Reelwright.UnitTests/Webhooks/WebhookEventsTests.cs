using Reelwright.Api.Webhooks;
using Xunit;

namespace Reelwright.UnitTests.Webhooks;

public sealed class WebhookEventsTests
{
    [Fact]
    public void Activity_kind_names_are_kept_once_in_their_own_spelling()
    {
        Assert.True(WebhookEvents.TryNormalise(["generated", "Decided", "Generated"], out var events, out _));
        Assert.Equal(["Generated", "Decided"], events);
    }

    [Fact]
    public void Names_that_are_no_activity_kind_are_reported()
    {
        Assert.False(WebhookEvents.TryNormalise(["Generated", "Deleted", "Ping", "1", null], out _, out var unknown));
        Assert.Equal(["Deleted", "Ping", "1", null], unknown);
    }

    [Fact]
    public void No_names_means_every_event()
    {
        Assert.True(WebhookEvents.TryNormalise(null, out var events, out _));
        Assert.Empty(events);
    }
}
