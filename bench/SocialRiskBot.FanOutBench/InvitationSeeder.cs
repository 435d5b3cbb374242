using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.FanOutBench;

/// <summary>
/// What a "new training for everyone" feature would commit: per recipient, in the recipient's own partition,
/// an invitation state row and its outbox message in one batch, through the real <see cref="OutboxWriter"/>.
/// </summary>
public static class InvitationSeeder
{
    public const string TableName = "FanOutInvitations";

    private static readonly JsonElement Card = JsonDocument.Parse("""
        {
          "type": "AdaptiveCard",
          "version": "1.2",
          "body": [
            { "type": "TextBlock", "text": "New 5-minute training", "size": "Large", "weight": "Bolder", "wrap": true },
            { "type": "TextBlock", "text": "Spotting a phishing DM on LinkedIn: five questions.", "wrap": true }
          ],
          "actions": [ { "type": "Action.Submit", "title": "Start", "data": { "command": "training start", "module": "phishing-dm" } } ]
        }
        """).RootElement.Clone();

    public static string ConversationOf(int recipient) => $"a:fanout-{recipient:D6}";

    public static string PartitionOf(int recipient) => $"recipient-{recipient:D6}";

    public static async Task SeedAsync(ITableStore store, OutboxWriter writer, string serviceUrl, int recipients, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken);
        for (var i = 0; i < recipients; i++)
        {
            var partition = PartitionOf(i);
            var invitation = new Activity
            {
                Type = ActivityTypes.Message,
                Summary = "New 5-minute training",
                Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = Card }],
            };
            var message = writer.Message(OutboxKind.Send, serviceUrl, ConversationOf(i), null, "tenant-fanout", invitation, DeliveryLedger.PurposeName, partition);
            var operations = new List<TableOperation>
            {
                TableOperation.Add(new TableRow(partition, "invitation|phishing-dm") { Properties = new Dictionary<string, object?> { ["Module"] = "phishing-dm" } }),
            };
            operations.AddRange(await writer.PrepareAsync(TableName, partition, [message], cancellationToken));
            await table.SubmitBatchAsync(operations, cancellationToken);
        }

        writer.Committed();
    }
}
