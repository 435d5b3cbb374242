using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>
/// A table of "this happened" rows keyed by ids from the wire: recording is the one-winner primitive for
/// doing something exactly once, across concurrent turns, instances and restarts.
/// </summary>
public sealed class OnceRecords(ITableStore store, TimeProvider time, string tableName)
{
    /// <returns>True when this call recorded the id; false when it was already recorded.</returns>
    public async Task<bool> TryRecordAsync(string partition, string id, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        var row = new TableRow(TableKeys.Encode(partition), TableKeys.Encode(id))
        {
            Properties = new Dictionary<string, object?> { ["RecordedAt"] = time.GetUtcNow() },
        };
        try
        {
            await table.AddAsync(row, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.Conflict)
        {
            return false;
        }
    }

    public async Task ForgetAsync(string partition, string id, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteAsync(TableKeys.Encode(partition), TableKeys.Encode(id), etag: null, cancellationToken).ConfigureAwait(false);
    }
}
