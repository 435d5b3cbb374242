using Azure;
using Azure.Data.Tables;

namespace SocialRiskBot.Storage.Tables.AzureTables;

/// <summary>Between <see cref="TableRow"/> and the SDK's <see cref="TableEntity"/>, keeping each value's CLR type.</summary>
internal static class AzureEntityMapping
{
    public static TableEntity ToEntity(TableRow row)
    {
        var entity = new TableEntity(row.PartitionKey, row.RowKey);
        foreach (var (name, value) in row.Properties)
        {
            if (value is not null)
            {
                entity[name] = value;
            }
        }

        return entity;
    }

    public static TableRow ToRow(TableEntity entity)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entity)
        {
            if (!IsSystemProperty(name) && value is not null)
            {
                properties[name] = FromAzure(value);
            }
        }

        return new TableRow(entity.PartitionKey, entity.RowKey)
        {
            ETag = entity.ETag.ToString(),
            Timestamp = entity.Timestamp,
            Properties = properties,
        };
    }

    public static ETag ToETag(string? etag) => TableRules.MatchesAny(etag) ? ETag.All : new ETag(etag!);

    private static bool IsSystemProperty(string name) =>
        name is "PartitionKey" or "RowKey" or "Timestamp" || name.Contains("odata", StringComparison.OrdinalIgnoreCase);

    // The SDK already reads Edm.Int32/Int64/Double/Guid/DateTime back as int/long/double/Guid/DateTimeOffset;
    // only these need bringing back to the types rows are written with.
    private static object FromAzure(object value) => value switch
    {
        BinaryData b => b.ToArray(),
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset d => d.ToUniversalTime(),
        _ => value,
    };
}
