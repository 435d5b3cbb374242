namespace SocialRiskBot.Storage.Tables;

/// <summary>
/// A table with Azure Table Storage semantics: rows addressed by (partition key, row key), optimistic
/// concurrency by ETag, atomic batches inside one partition, queries by partition and row-key range.
/// All failures surface as <see cref="StorageException"/>.
/// </summary>
public interface ITable
{
    string Name { get; }

    /// <returns>The row, or null when it does not exist.</returns>
    Task<TableRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <summary>Inserts a new row; <see cref="StorageFailure.Conflict"/> if it exists. Returns the new ETag.</summary>
    Task<string> AddAsync(TableRow row, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces an existing row when its stored ETag equals <c>row.ETag</c> ("*" matches any);
    /// <see cref="StorageFailure.PreconditionFailed"/> on a mismatch, <see cref="StorageFailure.NotFound"/> when missing.
    /// Returns the new ETag.
    /// </summary>
    Task<string> UpdateAsync(TableRow row, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces unconditionally. Returns the new ETag.</summary>
    Task<string> UpsertAsync(TableRow row, CancellationToken cancellationToken);

    /// <summary>Deletes a row when its ETag matches (null or "*" = any). Deleting a missing row is not an error.</summary>
    Task DeleteAsync(string partitionKey, string rowKey, string? etag, CancellationToken cancellationToken);

    /// <summary>
    /// Runs up to 100 operations on rows of one partition atomically: all succeed or none is applied.
    /// Returns the new ETag of each operation in order (null for deletes).
    /// </summary>
    Task<IReadOnlyList<string?>> SubmitBatchAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken);

    /// <summary>Rows of one partition with <paramref name="fromRowKey"/> ≤ RowKey &lt; <paramref name="toRowKey"/> (null = open), in row-key order.</summary>
    IAsyncEnumerable<TableRow> QueryAsync(string partitionKey, string? fromRowKey, string? toRowKey, CancellationToken cancellationToken);
}
