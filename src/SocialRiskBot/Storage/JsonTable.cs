using System.Text.Json;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>
/// A table of records of one type: each row keeps its record as JSON (web defaults) in one named property, beside
/// columns copied out of it for queries and the eye. Every write is guarded by the ETag the record was read with,
/// and <see cref="UpdateAsync"/> is the one read-change-write loop. Rows written before this type existed load
/// as they are: the property names are the ones those stores used.
/// </summary>
/// <param name="jsonProperty">The property holding the record, e.g. <c>Incident</c>, <c>Draft</c>.</param>
/// <param name="columns">Columns written beside the JSON (never read back).</param>
public sealed class JsonTable<T>(ITableStore store, string tableName, string jsonProperty, Func<T, IReadOnlyDictionary<string, object?>>? columns = null)
    where T : class
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string TableName => tableName;

    /// <returns>The record and the ETag to write it back with, or (null, null) when there is none.</returns>
    public async Task<(T? Value, string? ETag)> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
        return row is not null && Read(row) is { } value ? (value, row.ETag) : (null, null);
    }

    public T? Read(TableRow row) => row.GetString(jsonProperty) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : null;

    /// <param name="etag">The ETag the record was read with; null when there was none (the write then adds it).</param>
    public TableRow ToRow(string partitionKey, string rowKey, T value, string? etag)
    {
        var properties = new Dictionary<string, object?> { [jsonProperty] = JsonSerializer.Serialize(value, Json) };
        foreach (var (name, column) in columns?.Invoke(value) ?? new Dictionary<string, object?>())
        {
            properties[name] = column;
        }

        return new TableRow(partitionKey, rowKey) { ETag = etag, Properties = properties };
    }

    /// <summary>Writes the record unless someone else wrote it since <paramref name="etag"/> was read.</summary>
    /// <returns>The new ETag; null when another writer got there first and nothing was written.</returns>
    public async Task<string?> TryWriteAsync(string partitionKey, string rowKey, T value, string? etag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(tableName, cancellationToken).ConfigureAwait(false);
        return await table.TryWriteForETagAsync(ToRow(partitionKey, rowKey, value, etag), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored record and writes the result, reading again and retrying
    /// whenever another writer got there first. <paramref name="change"/> sees null when there is no record and
    /// returns null to leave the row as it is.
    /// </summary>
    /// <returns>What was written, or null when the change left the row alone.</returns>
    public async Task<T?> UpdateAsync(string partitionKey, string rowKey, Func<T?, T?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (current, etag) = await GetAsync(partitionKey, rowKey, cancellationToken).ConfigureAwait(false);
            if (change(current) is not { } changed)
            {
                return null;
            }

            if (await TryWriteAsync(partitionKey, rowKey, changed, etag, cancellationToken).ConfigureAwait(false) is not null)
            {
                return changed;
            }
        }
    }
}
