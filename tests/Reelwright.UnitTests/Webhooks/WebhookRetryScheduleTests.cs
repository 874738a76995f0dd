using Reelwright.Api.Webhooks;
using Reelwright.Data.Webhooks;
using Xunit;

namespace Reelwright.UnitTests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private readonly WebhookRetrySchedule _schedule = new(WebhookOptions.DefaultRetryDelaysSeconds);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 30)]
    [InlineData(3, 120)]
    [InlineData(4, 600)]
    [InlineData(5, 3600)]
    public void After_a_failed_attempt_the_next_waits_the_scheduled_delay(int attempt, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), _schedule.DelayAfterFailed(attempt));
    }

    [Fact]
    public void After_the_last_attempt_there_is_no_other()
    {
        Assert.Equal(6, _schedule.MaxAttempts);
        Assert.Null(_schedule.DelayAfterFailed(6));
    }

    [Fact]
    public void A_failure_with_attempts_left_stays_pending_until_the_next_attempt()
    {
        var delivery = NewDelivery();

        _schedule.Record(delivery, WebhookAttemptResult.Answered(500, "Internal Server Error"), Now);

        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(500, delivery.LastStatusCode);
        Assert.Equal("Attempt 1: HTTP 500 Internal Server Error", delivery.LastError);
        Assert.Equal(Now.AddSeconds(10), delivery.NextAttemptAt);
    }

    [Fact]
    public void The_last_attempt_failing_makes_the_delivery_failed()
    {
        var delivery = NewDelivery();
        for (var attempt = 1; attempt <= _schedule.MaxAttempts; attempt++)
            _schedule.Record(delivery, WebhookAttemptResult.NoAnswer("No answer within 10 s."), Now);

        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
        Assert.Equal(6, delivery.Attempts);
        Assert.Null(delivery.LastStatusCode);
        Assert.Equal("Attempt 6: No answer within 10 s.", delivery.LastError);
    }

    [Fact]
    public void A_success_after_failures_is_delivered_and_still_says_what_failed_before()
    {
        var delivery = NewDelivery();
        _schedule.Record(delivery, WebhookAttemptResult.Answered(503, "Service Unavailable"), Now);

        _schedule.Record(delivery, WebhookAttemptResult.Answered(204, "No Content"), Now.AddSeconds(10));

        Assert.Equal(WebhookDeliveryStatus.Delivered, delivery.Status);
        Assert.Equal(2, delivery.Attempts);
        Assert.Equal(204, delivery.LastStatusCode);
        Assert.Equal(Now.AddSeconds(10), delivery.DeliveredAt);
        Assert.Equal("Attempt 1: HTTP 503 Service Unavailable", delivery.LastError);
    }

    [Fact]
    public void A_failure_never_revives_a_delivery_failed_because_its_webhook_was_disabled()
    {
        var delivery = NewDelivery();
        delivery.Status = WebhookDeliveryStatus.Failed;

        _schedule.Record(delivery, WebhookAttemptResult.Answered(500, null), Now);

        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);
    }

    [Fact]
    public void Without_a_configured_schedule_the_default_applies()
    {
        Assert.Equal(6, new WebhookOptions().RetrySchedule.MaxAttempts);
        Assert.Equal(4, new WebhookOptions { RetryDelaysSeconds = [1, 1, 1] }.RetrySchedule.MaxAttempts);
    }

    private static WebhookDelivery NewDelivery() =>
        new() { Id = Guid.NewGuid(), Event = "Generated", Payload = "{}", Status = WebhookDeliveryStatus.Pending, NextAttemptAt = Now, CreatedAt = Now };
}
