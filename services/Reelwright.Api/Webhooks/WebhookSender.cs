using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Data;
using Reelwright.Data.Webhooks;

namespace Reelwright.Api.Webhooks;

/// <summary>
/// POSTs due deliveries to their webhooks and writes each attempt into the delivery log. Deliveries are claimed with
/// FOR UPDATE SKIP LOCKED and leased (NextAttemptAt moved past the send timeout) before the row lock is released, so
/// several API instances never send one delivery at the same time. An instance that dies mid-send leaves the lease to
/// run out and the delivery is sent again: receivers get each event at least once, and recognise repeats by delivery id.
/// </summary>
public sealed class WebhookSender(
    IServiceScopeFactory scopes,
    WebhookPoster poster,
    WebhookSignal signal,
    TimeProvider clock,
    IOptions<WebhookOptions> options,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public const string WebhookDisabled = "webhook disabled";

    /// <summary>Time to write an attempt down after the receiver's timeout, before another instance may claim it.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            int claimed;
            try
            {
                claimed = await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Webhook sender could not claim deliveries; retrying in {PollIntervalMs} ms", options.Value.PollIntervalMs);
                claimed = 0;
            }

            if (claimed < options.Value.BatchSize)
                await signal.WaitAsync(pollInterval, stoppingToken);
        }
    }

    /// <summary>Claims one batch of due deliveries and sends them side by side; returns how many were claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken stoppingToken)
    {
        var claimed = await ClaimDueAsync(stoppingToken);
        await Task.WhenAll(claimed.Select(delivery => SendAsync(delivery, stoppingToken)));
        return claimed.Count;
    }

    private async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
        var lease = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) + LeaseMargin;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var due = await db.WebhookDeliveries
                .FromSql($"SELECT * FROM webhook_deliveries WHERE status = 'Pending' AND next_attempt_at <= {now} ORDER BY next_attempt_at LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            var webhookIds = due.Select(d => d.WebhookId).Distinct().ToList();
            var webhooks = await db.Webhooks.AsNoTracking().Where(w => webhookIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);

            var claimed = new List<ClaimedDelivery>();
            foreach (var delivery in due)
            {
                var webhook = webhooks[delivery.WebhookId];
                if (webhook.DisabledAt is not null)
                {
                    delivery.Status = WebhookDeliveryStatus.Failed;
                    delivery.LastError = WebhookDisabled;
                    continue;
                }
                delivery.NextAttemptAt = now + lease;
                claimed.Add(new ClaimedDelivery(delivery.Id, delivery.Event, delivery.Payload, webhook.Url, webhook.Secret));
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return claimed;
        }, ct);
    }

    private async Task SendAsync(ClaimedDelivery claimed, CancellationToken stoppingToken)
    {
        try
        {
            var result = await poster.PostAsync(claimed, stoppingToken);
            if (!result.Succeeded)
                logger.LogInformation("Webhook delivery {DeliveryId} ({Event}) failed: {Error}", claimed.Id, claimed.Event, result.Error);

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
            var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == claimed.Id, stoppingToken);
            options.Value.RetrySchedule.Record(delivery, result, clock.GetUtcNow());
            await db.SaveChangesAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease runs out and the delivery is claimed again, so nothing is lost; it may arrive twice.
            logger.LogWarning(ex, "Could not record webhook delivery {DeliveryId}", claimed.Id);
        }
    }
}
