using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Outbox;

/// <summary>
/// The partitions that may hold outbox rows, so the dispatcher knows where to look (tables are only queried
/// within a partition). A partition is registered before the batch that writes its outbox rows: if the batch
/// never happens, the dispatcher merely finds nothing there.
/// </summary>
public sealed class OutboxPartitions(ITableStore store, TimeProvider time)
{
    private const string TableName = "OutboxPartitions";
    private const string Partition = "partitions";

    public async Task RegisterAsync(string table, string partitionKey, CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await index.UpsertAsync(new TableRow(Partition, KeyOf(table, partitionKey))
        {
            Properties = new Dictionary<string, object?> { ["Table"] = table, ["Partition"] = partitionKey, ["RegisteredAt"] = time.GetUtcNow() },
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<(string Table, string PartitionKey, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var found = new List<(string, string, string)>();
        await foreach (var row in index.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            found.Add((row.GetString("Table")!, row.GetString("Partition")!, row.ETag!));
        }

        return found;
    }

    /// <summary>Forgets a drained partition unless it was registered again since it was listed (the ETag guards that).</summary>
    public async Task ForgetAsync(string table, string partitionKey, string etag, CancellationToken cancellationToken)
    {
        var index = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        try
        {
            await index.DeleteAsync(Partition, KeyOf(table, partitionKey), etag, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.PreconditionFailed)
        {
            // Re-registered meanwhile: a new outbox row may be on its way.
        }
    }

    private static string KeyOf(string table, string partitionKey) => TableKeys.Encode(table + "|" + partitionKey);
}
