using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Outbox;

/// <summary>
/// Puts messages in the outbox: the rows go into the caller's own batch, beside the state change that
/// caused them, so either both are stored or neither is. After the batch commits, call <see cref="Committed"/>.
/// </summary>
public sealed class OutboxWriter(OutboxPartitions partitions, OutboxSignal signal, TimeProvider time)
{
    public OutboxMessage Message(OutboxKind kind, string serviceUrl, string conversationId, string? activityId, string? tenantId, Activity activity, string purpose, string subject) =>
        new(OutboxRows.NewId(time.GetUtcNow()), kind, serviceUrl, conversationId, activityId, tenantId, activity, purpose, subject)
        {
            NextAttemptAt = time.GetUtcNow(),
        };

    /// <summary>A message to a person looked up by <paramref name="address"/> (<c>scheme:key</c>) when it is sent; see <see cref="OutboxKind.SendToAddress"/>.</summary>
    public OutboxMessage ToAddress(string address, Activity activity, string purpose, string subject) =>
        Message(OutboxKind.SendToAddress, string.Empty, address, null, null, activity, purpose, subject);

    /// <summary>Registers the partition with the dispatcher and returns the operations to add to the batch.</summary>
    public async Task<IReadOnlyList<TableOperation>> PrepareAsync(string table, string partitionKey, IEnumerable<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var operations = messages.Select(m => OutboxRows.Add(partitionKey, m, time.GetUtcNow())).ToList();
        if (operations.Count > 0)
        {
            await partitions.RegisterAsync(table, partitionKey, cancellationToken).ConfigureAwait(false);
        }

        return operations;
    }

    public void Committed() => signal.Kick();

    /// <summary>
    /// The state change and <paramref name="messages"/> (in <paramref name="partitionKey"/> of the same table) in one
    /// batch; the dispatcher is woken when messages were stored. For stores: callers hand them messages, never rows.
    /// </summary>
    /// <returns>False when another writer got there first: nothing was written.</returns>
    public async Task<bool> TrySubmitWithAsync(ITable table, string partitionKey, IReadOnlyList<TableOperation> state, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var rows = await PrepareAsync(table.Name, partitionKey, messages, cancellationToken).ConfigureAwait(false);
        if (!await table.TrySubmitAsync([.. state, .. rows], cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (rows.Count > 0)
        {
            Committed();
        }

        return true;
    }
}
