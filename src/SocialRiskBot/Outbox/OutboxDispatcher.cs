using System.Net;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Outbox;

/// <summary>
/// Delivers due outbox messages through the connector: at least once, in creation order per partition, up to
/// <see cref="OutboxOptions.Parallelism"/> partitions at a time. A delivered message is first marked with where
/// it landed, then its observer is told, then the row goes — so a crash in between repeats the telling, not the
/// sending. Failures back off; refusals are given up.
/// </summary>
/// <remarks>
/// Cancelling a pass (the host stopping, the lease lost) starts no further message, but a send already under
/// way finishes and is recorded: cut off, it might still reach Teams and then go out again after a restart.
/// The connector's per-attempt timeout bounds how long that takes.
/// </remarks>
public sealed partial class OutboxDispatcher(
    ITableStore store,
    OutboxPartitions partitions,
    ConnectorClient connector,
    IEnumerable<IOutboxObserver> observers,
    IEnumerable<IOutboxAddressBook> addressBooks,
    IOptions<OutboxOptions> options,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private readonly Dictionary<string, IOutboxObserver> _observers = observers.ToDictionary(o => o.Purpose, StringComparer.Ordinal);
    private readonly Dictionary<string, IOutboxAddressBook> _addressBooks = addressBooks.ToDictionary(b => b.Scheme, StringComparer.Ordinal);
    private readonly OutboxOptions _options = options.Value;

    /// <summary>One pass over every registered partition.</summary>
    /// <returns>How many messages were delivered.</returns>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        var waiting = new OutboxWaiting();
        var due = await partitions.ListAsync(cancellationToken).ConfigureAwait(false);
        // A failing partition cancels the others' token too: they finish the message in hand and stop, as before.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (partition, stop) =>
        {
            var count = await DrainAsync(partition.Table, partition.PartitionKey, partition.ETag, waiting, stop).ConfigureAwait(false);
            Interlocked.Add(ref delivered, count);
        }).ConfigureAwait(false);
        metrics.OutboxPass(waiting.Backlog(time.GetUtcNow()));
        return delivered;
    }

    /// <summary>The partition's due messages, one after the other.</summary>
    private async Task<int> DrainAsync(string tableName, string partitionKey, string etag, OutboxWaiting waiting, CancellationToken stop)
    {
        var rows = OutboxRows.In(store, tableName);
        var delivered = 0;
        var pending = 0;
        await foreach (var stored in rows.QueryAsync(partitionKey, OutboxRows.RowKeyPrefix, OutboxRows.RowKeyEnd, stop).ConfigureAwait(false))
        {
            stop.ThrowIfCancellationRequested();
            var message = stored.Value.Message;
            if (message.Abandoned)
            {
                continue;
            }

            if (message.NextAttemptAt > time.GetUtcNow())
            {
                pending++;
                waiting.Add(stored.Value);
                continue;
            }

            if (await DeliverAsync(rows, partitionKey, stored, stop).ConfigureAwait(false))
            {
                delivered++;
            }
            else
            {
                pending++;
                waiting.Add(stored.Value);
            }
        }

        if (pending == 0)
        {
            await partitions.ForgetAsync(tableName, partitionKey, etag, stop).ConfigureAwait(false);
        }

        return delivered;
    }

    /// <returns>True when the message is done with (delivered or given up); false when it waits for another attempt.</returns>
    private async Task<bool> DeliverAsync(RowTable<OutboxRow> rows, string partitionKey, Stored<OutboxRow> stored, CancellationToken stop)
    {
        // Once a send has been tried, its outcome is recorded whatever happens to the pass: it takes
        // milliseconds, and an unrecorded delivery would be sent again.
        var finish = CancellationToken.None;
        var (row, etag) = stored;
        var message = row.Message;
        var rowKey = OutboxRows.RowKeyOf(message);
        var delivery = row.Delivered;
        if (delivery is null)
        {
            try
            {
                delivery = await SendAsync(message, stop).ConfigureAwait(false);
            }
            catch (ConnectorException ex)
            {
                return await FailedAsync(rows, partitionKey, stored, ex, finish).ConfigureAwait(false);
            }

            // Marked with where it landed before anything else, so a crash from here on repeats the telling, not the sending.
            etag = await rows.ReplaceAsync(partitionKey, rowKey, row with { Delivered = delivery }, etag!, finish).ConfigureAwait(false);
        }

        if (_observers.TryGetValue(message.Purpose, out var observer))
        {
            await observer.OnDeliveredAsync(message, delivery, finish).ConfigureAwait(false);
        }

        await rows.DeleteAsync(partitionKey, rowKey, etag, finish).ConfigureAwait(false);
        LogDelivered(logger, message.Id, message.Purpose, message.Subject);
        return true;
    }

    private async Task<OutboxDelivery> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (message.Kind)
        {
            case OutboxKind.StartChannelThread:
                var thread = await connector.CreateConversationAsync(message.ServiceUrl, new ConversationParameters
                {
                    IsGroup = true,
                    TenantId = message.TenantId,
                    Activity = message.Activity,
                    ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(
                        new TeamsChannelData { Channel = new ChannelInfo { Id = message.ConversationId }, Tenant = new TenantInfo { Id = message.TenantId } },
                        BotJson.Wire.TeamsChannelData),
                }, cancellationToken).ConfigureAwait(false);
                return new OutboxDelivery(thread.Id ?? message.ConversationId, thread.ActivityId);
            case OutboxKind.SendToAddress:
                var address = await ResolveAsync(message.ConversationId, cancellationToken).ConfigureAwait(false);
                var delivered = await connector.SendToConversationAsync(address.ServiceUrl, address.ConversationId, message.Activity, cancellationToken).ConfigureAwait(false);
                return new OutboxDelivery(address.ConversationId, delivered.Id);
            case OutboxKind.Update:
                await connector.UpdateActivityAsync(message.ServiceUrl, message.ConversationId, message.ActivityId!, message.Activity, cancellationToken).ConfigureAwait(false);
                return new OutboxDelivery(message.ConversationId, message.ActivityId);
            default:
                var sent = await connector.SendToConversationAsync(message.ServiceUrl, message.ConversationId, message.Activity, cancellationToken).ConfigureAwait(false);
                return new OutboxDelivery(message.ConversationId, sent.Id);
        }
    }

    /// <exception cref="ConnectorException">Nobody to send to: refused, so the message is given up rather than retried.</exception>
    private async Task<OutboxAddress> ResolveAsync(string address, CancellationToken cancellationToken)
    {
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var book = colon > 0 && _addressBooks.TryGetValue(address[..colon], out var found) ? found : null;
        return (book is null ? null : await book.ResolveAsync(address[(colon + 1)..], cancellationToken).ConfigureAwait(false))
            ?? throw new ConnectorException(HttpStatusCode.NotFound, "AddressNotFound", "Nobody to send to at this address any more.");
    }

    private async Task<bool> FailedAsync(RowTable<OutboxRow> rows, string partitionKey, Stored<OutboxRow> stored, ConnectorException error, CancellationToken cancellationToken)
    {
        var message = stored.Value.Message;
        var attempts = message.Attempts + 1;
        var giveUp = IsRefusal(error) || attempts >= _options.MaxAttempts;
        var wait = TimeSpan.FromTicks(Math.Min(_options.MaxRetryDelay.Ticks, _options.RetryBaseDelay.Ticks * (1L << Math.Min(attempts - 1, 20))));
        var failed = message with
        {
            Attempts = attempts,
            NextAttemptAt = time.GetUtcNow() + wait,
            LastError = $"{(int?)error.Status} {error.ErrorCode}".Trim(),
            Abandoned = giveUp,
        };
        await rows.ReplaceAsync(partitionKey, OutboxRows.RowKeyOf(message), stored.Value with { Message = failed }, stored.ETag!, cancellationToken).ConfigureAwait(false);
        if (giveUp)
        {
            LogAbandoned(logger, message.Id, message.Purpose, message.Subject, (int?)error.Status, error.ErrorCode);
            if (_observers.TryGetValue(message.Purpose, out var observer))
            {
                await observer.OnAbandonedAsync(message with { Abandoned = true, Attempts = attempts }, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        LogRetrying(logger, message.Id, attempts, wait, (int?)error.Status);
        return false;
    }

    /// <summary>The recipient blocked us or the request itself is wrong: trying again cannot help.</summary>
    private static bool IsRefusal(ConnectorException error) =>
        error.IsRecipientUnreachable
        || error.ErrorCode == "UntrustedServiceUrl"
        || error.Status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            or HttpStatusCode.NotFound or HttpStatusCode.RequestEntityTooLarge;

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} ({Purpose} of {Subject}) delivered")]
    private static partial void LogDelivered(ILogger logger, string messageId, string purpose, string subject);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed (attempt {Attempt}, status {Status}); next try in {Wait}")]
    private static partial void LogRetrying(ILogger logger, string messageId, int attempt, TimeSpan wait, int? status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({Purpose} of {Subject}) given up: status {Status} {ErrorCode}")]
    private static partial void LogAbandoned(ILogger logger, string messageId, string purpose, string subject, int? status, string? errorCode);
}
