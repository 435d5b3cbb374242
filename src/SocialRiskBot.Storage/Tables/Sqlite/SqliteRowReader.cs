using Microsoft.Data.Sqlite;

namespace SocialRiskBot.Storage.Tables.Sqlite;

/// <summary>Turns the (etag, ts, props) columns of a result into a <see cref="TableRow"/>.</summary>
internal static class SqliteRowReader
{
    public static TableRow Read(SqliteDataReader reader, string partitionKey, string rowKey, int firstColumn) =>
        new(partitionKey, rowKey)
        {
            ETag = reader.GetString(firstColumn),
            Timestamp = new DateTimeOffset(reader.GetInt64(firstColumn + 1), TimeSpan.Zero),

            // The TEXT column's UTF-8 bytes go straight to the JSON reader, without a detour through a string.
            Properties = SqlitePropertyCodec.Decode(reader.GetFieldValue<byte[]>(firstColumn + 2)),
        };
}
