using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reelwright.Data;
using Reelwright.Data.Outbox;

namespace Reelwright.Api.Outbox;

/// <summary>
/// Sends (commands) or publishes (events) committed outbox rows to RabbitMQ. Rows are claimed with FOR UPDATE SKIP LOCKED, so several API
/// instances can relay at once without publishing a row twice; a crash after publish and before marking publishes
/// it again with the same MessageId, and consumers are idempotent by generation id.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pollInterval = TimeSpan.FromMilliseconds(options.Value.PollIntervalMs);
        while (!stoppingToken.IsCancellationRequested)
        {
            int published;
            try
            {
                published = await PublishPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox relay could not publish; retrying in {PollIntervalMs} ms", options.Value.PollIntervalMs);
                published = 0;
            }

            if (published < options.Value.BatchSize)
                await signal.WaitAsync(pollInterval, stoppingToken);
        }
    }

    /// <summary>Publishes one batch of pending messages; returns how many were published.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StudioDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.OutboxMessages
                .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL ORDER BY id LIMIT {options.Value.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);

            var published = 0;
            foreach (var message in batch)
            {
                if (!await TryPublishAsync(message, ct))
                    break; // keep order: later rows wait for the one that failed
                published++;
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return published;
        }, cancellationToken);
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var kind = OutboxMessageTypes.Named(message.MessageType);
            var payload = JsonSerializer.Deserialize(message.Payload, kind.Type)
                ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
            if (kind.QueueOf is { } queueOf)
                await (await bus.GetSendEndpoint(queueOf(payload))).Send(payload, kind.Type, context => context.MessageId = message.MessageId, ct);
            else
                await bus.Publish(payload, kind.Type, context => context.MessageId = message.MessageId, ct);
            message.PublishedAt = clock.GetUtcNow();
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            message.Attempts++;
            message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            logger.LogWarning(ex, "Publishing outbox message {OutboxId} ({MessageType}) failed, attempt {Attempts}",
                message.Id, message.MessageType, message.Attempts);
            return false;
        }
    }
}
