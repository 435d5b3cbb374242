using System.Globalization;
using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Outbox;

/// <summary>An outbox message as kept in its row: when it was put there and, once sent, where it landed.</summary>
/// <param name="CreatedAt">Null for a row written before this was recorded.</param>
/// <param name="Delivered">Set once the message reached Teams, before its observer is told and the row goes.</param>
public sealed record OutboxRow(OutboxMessage Message, DateTimeOffset? CreatedAt, OutboxDelivery? Delivered);

/// <summary>How an <see cref="OutboxMessage"/> is kept as a row beside the state it belongs to (row key <c>outbox|…</c>).</summary>
public static class OutboxRows
{
    public const string RowKeyPrefix = "outbox|";

    /// <summary>The first key after every outbox row key: <c>'|' + 1</c>.</summary>
    public const string RowKeyEnd = "outbox}";

    private const string DeliveredConversationId = "DeliveredConversationId";
    private const string DeliveredActivityId = "DeliveredActivityId";

    public static readonly RowCodec<OutboxRow> Codec = new(Write, Read);

    /// <summary>The outbox rows of a table (each state table keeps its own, beside its state).</summary>
    public static RowTable<OutboxRow> In(ITableStore store, string table) => new(store, table, Codec);

    public static string RowKeyOf(OutboxMessage message) => RowKeyPrefix + message.Id;

    /// <summary>The batch step that puts <paramref name="message"/> in the outbox of <paramref name="partitionKey"/>.</summary>
    public static TableOperation Add(string partitionKey, OutboxMessage message, DateTimeOffset createdAt) =>
        Codec.Add(partitionKey, RowKeyOf(message), new OutboxRow(message, createdAt, null));

    public static OutboxMessage FromRow(TableRow row) => Read(row).Message;

    /// <summary>A sortable, unique id: creation time first, so messages of one partition go out in order.</summary>
    public static string NewId(DateTimeOffset now) =>
        now.UtcDateTime.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];

    private static Dictionary<string, object?> Write(OutboxRow row)
    {
        var message = row.Message;
        var properties = new Dictionary<string, object?>
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
        };
        if (row.CreatedAt is { } createdAt)
        {
            properties["CreatedAt"] = createdAt;
        }

        if (row.Delivered is { } delivered)
        {
            properties[DeliveredConversationId] = delivered.ConversationId;
            properties[DeliveredActivityId] = delivered.ActivityId;
        }

        return properties;
    }

    private static OutboxRow Read(TableRow row) => new(
        new OutboxMessage(
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
            Attempts = row.Value<int>("Attempts") ?? 0,
            NextAttemptAt = row.Value<DateTimeOffset>("NextAttemptAt") ?? DateTimeOffset.MinValue,
            LastError = row.GetString("LastError"),
            Abandoned = row.Value<bool>("Abandoned") ?? false,
        },
        row.Value<DateTimeOffset>("CreatedAt"),
        row.GetString(DeliveredConversationId) is { } conversation ? new OutboxDelivery(conversation, row.GetString(DeliveredActivityId)) : null);
}
