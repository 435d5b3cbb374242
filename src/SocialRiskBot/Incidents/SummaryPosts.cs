using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Which monthly summaries were posted, in the <c>IncidentSummaries</c> table (one partition per month, <c>yyyy-MM</c>):
/// the mark and the summary's outbox message are written in one batch, so a month is posted once.
/// </summary>
public sealed class SummaryPosts(ITableStore store, OutboxWriter outbox, TimeProvider time)
{
    private const string TableName = "IncidentSummaries";
    private const string PostedRow = "posted";

    public async Task<bool> IsPostedAsync(string month, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await table.GetAsync(month, PostedRow, cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <returns>False when the month was marked posted meanwhile: nothing was written.</returns>
    public async Task<bool> TryMarkPostedAsync(string month, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var posted = new TableRow(month, PostedRow) { Properties = new Dictionary<string, object?> { ["PostedAt"] = time.GetUtcNow() } };
        return await outbox.TrySubmitWithAsync(table, month, [TableOperation.Add(posted)], messages, cancellationToken).ConfigureAwait(false);
    }
}
