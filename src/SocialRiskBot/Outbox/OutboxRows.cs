using System.Globalization;
using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Outbox;

/// <summary>How an <see cref="OutboxMessage"/> is kept as a row beside the state it belongs to (row key <c>outbox|…</c>).</summary>
public static class OutboxRows
{
    public const string RowKeyPrefix = "outbox|";

    /// <summary>The first key after every outbox row key: <c>'|' + 1</c>.</summary>
    public const string RowKeyEnd = "outbox}";

    public static TableRow ToRow(string partitionKey, OutboxMessage message, DateTimeOffset createdAt) => new(partitionKey, RowKeyPrefix + message.Id)
    {
        Properties = new Dictionary<string, object?>
        {
            ["Kind"] = message.Kind.ToString(),
            ["ServiceUrl"] = message.ServiceUrl,
            ["ConversationId"] = message.ConversationId,
            ["ActivityId"] = message.ActivityId,
            ["TenantId"] = message.TenantId,
            ["Activity"] = JsonSerializer.Serialize(message.Activity, BotJson.Wire.Activity),
            ["Purpose"] = message.Purpose,
            ["Subject"] = message.Subject,
            ["Attempts"] = message.Attempts,
            ["NextAttemptAt"] = message.NextAttemptAt,
            ["LastError"] = message.LastError,
            ["Abandoned"] = message.Abandoned,
            ["CreatedAt"] = createdAt,
        },
    };

    public static OutboxMessage FromRow(TableRow row) => new(
        row.RowKey[RowKeyPrefix.Length..],
        Enum.Parse<OutboxKind>(row.GetString("Kind")!),
        row.GetString("ServiceUrl")!,
        row.GetString("ConversationId")!,
        row.GetString("ActivityId"),
        row.GetString("TenantId"),
        JsonSerializer.Deserialize(row.GetString("Activity")!, BotJson.Wire.Activity)!,
        row.GetString("Purpose")!,
        row.GetString("Subject")!)
    {
        Attempts = row.Properties.TryGetValue("Attempts", out var a) && a is int attempts ? attempts : 0,
        NextAttemptAt = row.Properties.TryGetValue("NextAttemptAt", out var n) && n is DateTimeOffset next ? next : DateTimeOffset.MinValue,
        LastError = row.GetString("LastError"),
        Abandoned = row.Properties.TryGetValue("Abandoned", out var x) && x is true,
    };

    /// <summary>When the message was written to the outbox; null for a row written before this was recorded.</summary>
    public static DateTimeOffset? CreatedAtOf(TableRow row) =>
        row.Properties.TryGetValue("CreatedAt", out var value) && value is DateTimeOffset at ? at : null;

    /// <summary>A sortable, unique id: creation time first, so messages of one partition go out in order.</summary>
    public static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];
}
