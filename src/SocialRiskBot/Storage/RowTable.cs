using System.Runtime.CompilerServices;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>
/// Records of one type in a table: the one way a store keeps what it knows. Rows are written and read through the
/// store's <see cref="RowCodec{T}"/>, every conditional write is guarded by the ETag the record was read with, and
/// <see cref="ChangeAsync"/> is the read-change-write of one record (through <see cref="ReadChangeWrite"/>). The
/// store that declares it owns the table's name and its partitions; nobody else writes its rows.
/// </summary>
public sealed class RowTable<T>(ITableStore store, string name, RowCodec<T> codec)
    where T : class
{
    /// <summary>The table itself, for what spans kinds of row: a batch with outbox rows, a partition holding several kinds.</summary>
    public Task<ITable> OpenAsync(CancellationToken cancellationToken) => store.GetTableAsync(name, cancellationToken);

    /// <returns>The record with the ETag to write it back with, or null when there is none.</returns>
    public async Task<Stored<T>?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
        return row is not null && codec.Read(row) is { } value ? new Stored<T>(value, row.ETag) : null;
    }

    /// <summary>The records of one partition with <paramref name="fromRowKey"/> ≤ row key &lt; <paramref name="toRowKey"/> (null = open), in row-key order.</summary>
    public async IAsyncEnumerable<Stored<T>> QueryAsync(string partitionKey, string? fromRowKey, string? toRowKey, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync(partitionKey, fromRowKey, toRowKey, cancellationToken).ConfigureAwait(false))
        {
            if (codec.Read(row) is { } value)
            {
                yield return new Stored<T>(value, row.ETag);
            }
        }
    }

    /// <summary>Writes the record unless someone else wrote it since <paramref name="etag"/> was read (null: it was not there, so it is added).</summary>
    /// <returns>The new ETag; null when another writer got there first and nothing was written.</returns>
    public async Task<string?> TryWriteAsync(string partitionKey, string rowKey, T value, string? etag, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await table.TryWriteAsync(codec.ToRow(partitionKey, rowKey, value, etag), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the record, which must still be at <paramref name="etag"/>: a <see cref="StorageException"/> says it is not.</summary>
    /// <returns>The new ETag.</returns>
    public async Task<string> ReplaceAsync(string partitionKey, string rowKey, T value, string etag, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await table.UpdateAsync(codec.ToRow(partitionKey, rowKey, value, etag), cancellationToken).ConfigureAwait(false);
    }

    /// <returns>False when the row exists already; nothing was written.</returns>
    public async Task<bool> TryAddAsync(string partitionKey, string rowKey, T value, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddAsync(codec.ToRow(partitionKey, rowKey, value), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure == StorageFailure.Conflict)
        {
            return false;
        }
    }

    /// <summary>Writes the record whatever is stored: for rows only one writer changes, or where the last writer wins.</summary>
    public async Task UpsertAsync(string partitionKey, string rowKey, T value, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertAsync(codec.ToRow(partitionKey, rowKey, value), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the row, which must still be at <paramref name="etag"/> (null: whatever is stored): a <see cref="StorageException"/> says it is not. A missing row is not an error.</summary>
    public async Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await table.DeleteAsync(partitionKey, rowKey, etag, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the row if it is still at <paramref name="etag"/> (null: whatever is stored); a missing row is not an error.</summary>
    /// <returns>False when it changed since it was read: it stays.</returns>
    public async Task<bool> TryDeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.DeleteAsync(partitionKey, rowKey, etag, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.PreconditionFailed or StorageFailure.NotFound)
        {
            return false;
        }
    }

    /// <summary>Runs a batch of steps on one partition (see <see cref="RowCodec{T}.Put"/>): all of it or nothing.</summary>
    /// <returns>False when another writer got there first and nothing was written.</returns>
    public async Task<bool> TrySubmitAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        var table = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await table.TrySubmitAsync(operations, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the record, lets <paramref name="decide"/> choose what to write (null: nothing) and what to return, and
    /// writes it guarded by the ETag read; when another writer got there first, decides again on the record as it is now.
    /// </summary>
    /// <param name="decide">Sees null when there is no record.</param>
    public Task<TResult> ChangeAsync<TResult>(string partitionKey, string rowKey, Func<T?, (T? Write, TResult Result)> decide, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var stored = await GetAsync(partitionKey, rowKey, token).ConfigureAwait(false);
            var (write, result) = decide(stored?.Value);
            return write is null
                ? Attempt.Done(result)
                : Attempt.Write(result, async writeToken => await TryWriteAsync(partitionKey, rowKey, write, stored?.ETag, writeToken).ConfigureAwait(false) is not null);
        }, cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the stored record (null when there is none); a null result leaves the row as it is.</summary>
    /// <returns>What was written, or null when the change left the row alone.</returns>
    public Task<T?> UpdateAsync(string partitionKey, string rowKey, Func<T?, T?> change, CancellationToken cancellationToken) =>
        ChangeAsync(partitionKey, rowKey, current => change(current) is { } changed ? (changed, changed) : ((T?)null, (T?)null), cancellationToken);
}
