namespace SocialRiskBot.Storage.Tables;

/// <summary>
/// One row of a table: a partition key, a row key, an opaque ETag and a bag of primitive properties.
/// Property values may be string, bool, int, long, double, DateTimeOffset, Guid or byte[]; a value read
/// back has the same CLR type it was written with.
/// </summary>
public sealed record TableRow(string PartitionKey, string RowKey)
{
    /// <summary>The version read from storage; null for a row that has not been stored yet.</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    public string? GetString(string name) => Properties.TryGetValue(name, out var v) ? v as string : null;
}
