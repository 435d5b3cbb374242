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

    private static readonly RowCodec<Registration> Codec = new(
        registration => new Dictionary<string, object?>
        {
            ["Table"] = registration.Table,
            ["Partition"] = registration.PartitionKey,
            ["RegisteredAt"] = registration.RegisteredAt,
        },
        row => new Registration(row.GetString("Table")!, row.GetString("Partition")!, row.Value<DateTimeOffset>("RegisteredAt")));

    private readonly RowTable<Registration> _index = new(store, TableName, Codec);

    public Task RegisterAsync(string table, string partitionKey, CancellationToken cancellationToken) =>
        _index.UpsertAsync(Partition, KeyOf(table, partitionKey), new Registration(table, partitionKey, time.GetUtcNow()), cancellationToken);

    public async Task<IReadOnlyList<(string Table, string PartitionKey, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var found = new List<(string, string, string)>();
        await foreach (var (registration, etag) in _index.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            found.Add((registration.Table, registration.PartitionKey, etag!));
        }

        return found;
    }

    /// <summary>Forgets a drained partition unless it was registered again since it was listed (the ETag guards that).</summary>
    /// <remarks>False from the delete: re-registered meanwhile, so a new outbox row may be on its way.</remarks>
    public Task ForgetAsync(string table, string partitionKey, string etag, CancellationToken cancellationToken) =>
        _index.TryDeleteAsync(Partition, KeyOf(table, partitionKey), etag, cancellationToken);

    private static string KeyOf(string table, string partitionKey) => TableKeys.Encode(table + "|" + partitionKey);

    /// <summary>A partition of a table that may hold outbox rows.</summary>
    private sealed record Registration(string Table, string PartitionKey, DateTimeOffset? RegisteredAt);
}
