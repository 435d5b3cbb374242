using System.Text.Json;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Storage;

/// <summary>
/// How a record is kept in a row: the properties it is written as, and how it is read back. A store declares one
/// per kind of row it keeps, so the names and types of that row's columns are written down in one place; rows
/// already stored load as long as those stay as they are.
/// </summary>
/// <param name="write">The row's properties for a record: each a string, bool, int, long, double, DateTimeOffset, Guid or byte[] (null: absent).</param>
/// <param name="read">The record a row holds; null when the row holds none.</param>
public sealed class RowCodec<T>(Func<T, IReadOnlyDictionary<string, object?>> write, Func<TableRow, T?> read)
    where T : class
{
    /// <returns>The record the row holds, or null when it holds none.</returns>
    public T? Read(TableRow row) => read(row);

    /// <param name="etag">The ETag the record was read with; null when it did not exist.</param>
    public TableRow ToRow(string partitionKey, string rowKey, T value, string? etag = null) =>
        new(partitionKey, rowKey) { ETag = etag, Properties = write(value) };

    /// <summary>
    /// A batch step that adds the record when it was read as absent (<paramref name="etag"/> null) and replaces it
    /// when still at <paramref name="etag"/>: either way only if nobody else wrote it since.
    /// </summary>
    public TableOperation Put(string partitionKey, string rowKey, T value, string? etag)
    {
        var row = ToRow(partitionKey, rowKey, value, etag);
        return etag is null ? TableOperation.Add(row) : TableOperation.Update(row);
    }

    /// <summary>A batch step that adds the record; the batch fails when the row exists.</summary>
    public TableOperation Add(string partitionKey, string rowKey, T value) => TableOperation.Add(ToRow(partitionKey, rowKey, value));

    /// <summary>A batch step that writes the record whatever is stored (the last writer wins).</summary>
    public TableOperation Upsert(string partitionKey, string rowKey, T value) => TableOperation.Upsert(ToRow(partitionKey, rowKey, value));
}

/// <summary>The codec most records use: the record as JSON (web defaults) in one property.</summary>
public static class RowCodec
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <param name="property">The property holding the record, e.g. <c>Incident</c>, <c>Draft</c>.</param>
    /// <param name="columns">Columns copied out of the record beside the JSON, for queries and the eye (never read back).</param>
    public static RowCodec<T> Json<T>(string property, Func<T, IReadOnlyDictionary<string, object?>>? columns = null)
        where T : class => new(
            value =>
            {
                var properties = new Dictionary<string, object?> { [property] = JsonSerializer.Serialize(value, JsonOptions) };
                foreach (var (name, column) in columns?.Invoke(value) ?? new Dictionary<string, object?>())
                {
                    properties[name] = column;
                }

                return properties;
            },
            row => row.GetString(property) is { } json ? JsonSerializer.Deserialize<T>(json, JsonOptions) : null);
}
