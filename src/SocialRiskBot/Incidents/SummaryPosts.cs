using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
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

    private static readonly RowCodec<Posted> Codec = new(
        posted => new Dictionary<string, object?> { ["PostedAt"] = posted.At },
        row => new Posted(row.Value<DateTimeOffset>("PostedAt")));

    private readonly RowTable<Posted> _posts = new(store, TableName, Codec);

    public async Task<bool> IsPostedAsync(string month, CancellationToken cancellationToken) =>
        await _posts.GetAsync(month, PostedRow, cancellationToken).ConfigureAwait(false) is not null;

    /// <returns>False when the month was marked posted meanwhile: nothing was written.</returns>
    public async Task<bool> TryMarkPostedAsync(string month, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await _posts.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await outbox.TrySubmitWithAsync(table, month, [Codec.Add(month, PostedRow, new Posted(time.GetUtcNow()))], messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the month's summary was posted.</summary>
    private sealed record Posted(DateTimeOffset? At);
}
