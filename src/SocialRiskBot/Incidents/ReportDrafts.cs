using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>The reporters' drafts in the <c>ReportDrafts</c> table, one per reporter, written with optimistic concurrency.</summary>
public sealed class ReportDrafts(ITableStore store)
{
    private const string Partition = "draft";

    private readonly JsonTable<ReportDraft> _drafts = new(store, "ReportDrafts", "Draft", draft => new Dictionary<string, object?>
    {
        ["Version"] = draft.Version,
        ["Step"] = draft.Step.ToString(),
    });

    /// <returns>The reporter's latest draft and its ETag, or (null, null).</returns>
    public Task<(ReportDraft? Draft, string? ETag)> GetAsync(string reporterKey, CancellationToken cancellationToken) =>
        _drafts.GetAsync(Partition, TableKeys.Encode(reporterKey), cancellationToken);

    /// <summary>Writes the draft if nobody changed the reporter's row since <paramref name="etag"/> was read (null = there was none).</summary>
    /// <returns>False when another request got there first; nothing was written.</returns>
    public async Task<bool> TrySaveAsync(ReportDraft draft, string? etag, CancellationToken cancellationToken) =>
        await TrySaveForETagAsync(draft, etag, cancellationToken).ConfigureAwait(false) is not null;

    /// <returns>The draft's new ETag; null when another request got there first and nothing was written.</returns>
    public Task<string?> TrySaveForETagAsync(ReportDraft draft, string? etag, CancellationToken cancellationToken) =>
        _drafts.TryWriteAsync(Partition, TableKeys.Encode(draft.ReporterKey), draft, etag, cancellationToken);
}
