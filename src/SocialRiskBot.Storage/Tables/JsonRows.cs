using System.Text.Json;

namespace SocialRiskBot.Storage.Tables;

/// <summary>
/// Rows that keep one record as JSON in a single property, and the optimistic batch that writes them with
/// whatever belongs beside them (outbox rows, evidence) so that all of it is stored or none.
/// </summary>
public static class JsonRows
{
    public const string Property = "Json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="etag">The ETag the record was read with; null when it did not exist (the write then adds it).</param>
    public static TableRow ToRow<T>(string partitionKey, string rowKey, T value, string? etag, IReadOnlyDictionary<string, object?>? alsoIndexed = null)
    {
        var properties = new Dictionary<string, object?> { [Property] = JsonSerializer.Serialize(value, Json) };
        foreach (var (name, extra) in alsoIndexed ?? new Dictionary<string, object?>())
        {
            properties[name] = extra;
        }

        return new TableRow(partitionKey, rowKey) { ETag = etag, Properties = properties };
    }

    public static T? Read<T>(TableRow row) => row.GetString(Property) is { } json ? JsonSerializer.Deserialize<T>(json, Json) : default;

    /// <summary>Adds a row read as absent, replaces one read with an ETag: either way only if nobody else wrote it since.</summary>
    public static TableOperation Put(TableRow row) => row.ETag is null ? TableOperation.Add(row) : TableOperation.Update(row);

    /// <summary>Runs the batch; false when another writer got there first (a row appeared, changed or vanished) and nothing was written.</summary>
    public static async Task<bool> TrySubmitAsync(this ITable table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitBatchAsync(operations, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Failure is StorageFailure.Conflict or StorageFailure.PreconditionFailed or StorageFailure.NotFound)
        {
            return false;
        }
    }
}
