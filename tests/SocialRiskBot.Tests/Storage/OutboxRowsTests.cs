using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// Outbox rows and partition registrations already in deployed tables are delivered as they were written, and an
/// outbox row is written back (with where it landed, or after a failed attempt) with the same columns of the same types.
/// </summary>
public sealed class OutboxRowsTests : IAsyncDisposable
{
    private const string Table = "Incidents";
    private const string Partition = "SMR-2026-0042";

    private readonly StoredRows _rows = new();

    [Fact]
    public async Task A_registered_partition_and_its_outbox_row_are_delivered_and_removed()
    {
        await _rows.PutAsync("OutboxPartitions", new TableRow("partitions", TableKeys.Encode(Table + "|" + Partition))
        {
            Properties = new Dictionary<string, object?> { ["Table"] = Table, ["Partition"] = Partition, ["RegisteredAt"] = StoredRows.Now.AddMinutes(-1) },
        });
        await _rows.PutAsync(Table, Message("20261124095900000000-0a1b2c3d4e5f", createdAt: StoredRows.Now.AddMinutes(-1)));

        var delivered = await _rows.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        Assert.Contains(_rows.Bot.Connector.Calls, c => c.Activity?.Text == "Your case was updated.");
        Assert.Null(await _rows.FindAsync(Table, Partition, "outbox|20261124095900000000-0a1b2c3d4e5f"));
        Assert.Null(await _rows.FindAsync("OutboxPartitions", "partitions", TableKeys.Encode(Table + "|" + Partition)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // written before rows recorded when they were created
    public void An_outbox_row_reads_as_written_and_writes_back_in_the_same_shape(bool withCreatedAt)
    {
        var stored = Message("20261124095900000000-0a1b2c3d4e5f", withCreatedAt ? StoredRows.Now.AddMinutes(-1) : null);

        var row = OutboxRows.Codec.Read(stored)!;

        Assert.Equal(("20261124095900000000-0a1b2c3d4e5f", OutboxKind.Send, "a:personal-alex", "Your case was updated."), (row.Message.Id, row.Message.Kind, row.Message.ConversationId, row.Message.Activity.Text));
        Assert.Equal((2, false, "503 ServiceUnavailable"), (row.Message.Attempts, row.Message.Abandoned, row.Message.LastError));
        Assert.Equal(withCreatedAt ? StoredRows.Now.AddMinutes(-1) : null, row.CreatedAt);
        Assert.Null(row.Delivered);
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(OutboxRows.Codec.ToRow(Partition, stored.RowKey, row)));
    }

    [Fact]
    public void A_row_marked_with_where_it_landed_reads_as_delivered_and_keeps_the_mark()
    {
        var stored = Message("20261124095900000000-0a1b2c3d4e5f", StoredRows.Now.AddMinutes(-1));
        stored = stored with
        {
            Properties = new Dictionary<string, object?>(stored.Properties) { ["DeliveredConversationId"] = "a:personal-alex", ["DeliveredActivityId"] = "1732094400000" },
        };

        var row = OutboxRows.Codec.Read(stored)!;

        Assert.Equal(new OutboxDelivery("a:personal-alex", "1732094400000"), row.Delivered);
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(OutboxRows.Codec.ToRow(Partition, stored.RowKey, row)));
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();

    /// <summary>A message to a reporter, after two failed attempts, as the outbox writes it.</summary>
    private static TableRow Message(string id, DateTimeOffset? createdAt)
    {
        var properties = new Dictionary<string, object?>
        {
            ["Kind"] = "Send",
            ["ServiceUrl"] = "https://smba.trafficmanager.net/amer/",
            ["ConversationId"] = "a:personal-alex",
            ["ActivityId"] = null,
            ["TenantId"] = "tenant-1",
            ["Activity"] = """{"type":"message","text":"Your case was updated."}""",
            ["Purpose"] = "reporter-update",
            ["Subject"] = Partition,
            ["Attempts"] = 2,
            ["NextAttemptAt"] = StoredRows.Now.AddSeconds(-5),
            ["LastError"] = "503 ServiceUnavailable",
            ["Abandoned"] = false,
        };
        if (createdAt is { } at)
        {
            properties["CreatedAt"] = at;
        }

        return new TableRow(Partition, OutboxRows.RowKeyPrefix + id) { Properties = properties };
    }
}
