using System.Text.Json;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>The reporters' drafts in the <c>ReportDrafts</c> table, one per reporter, written with optimistic concurrency.</summary>
public sealed class ReportDrafts(ITableStore store)
{
    private const string TableName = "ReportDrafts";
    private const string Partition = "draft";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <returns>The reporter's latest draft and its ETag, or (null, null).</returns>
    public async Task<(ReportDraft? Draft, string? ETag)> GetAsync(string reporterKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(Partition, TableKeys.Encode(reporterKey), cancellationToken).ConfigureAwait(false);
        return row?.GetString("Draft") is { } json
            ? (JsonSerializer.Deserialize<ReportDraft>(json, Json), row.ETag)
            : (null, null);
    }

    /// <summary>Writes the draft if nobody changed the reporter's row since <paramref name="etag"/> was read (null = there was none).</summary>
    /// <returns>False when another request got there first; nothing was written.</returns>
    public async Task<bool> TrySaveAsync(ReportDraft draft, string? etag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = new TableRow(Partition, TableKeys.Encode(draft.ReporterKey))
        {
            ETag = etag,
            Properties = new Dictionary<string, object?>
            {
                ["Draft"] = JsonSerializer.Serialize(draft, Json),
                ["Version"] = draft.Version,
                ["Step"] = draft.Step.ToString(),
            },
        };
        return await table.TryWriteAsync(row, cancellationToken).ConfigureAwait(false);
    }
}
