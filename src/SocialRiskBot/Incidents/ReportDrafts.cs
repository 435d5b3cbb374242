using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>The reporters' drafts in the <c>ReportDrafts</c> table, one per reporter, written with optimistic concurrency.</summary>
public sealed class ReportDrafts(ITableStore store)
{
    private const string Partition = "draft";

    private static readonly RowCodec<ReportDraft> Codec = RowCodec.Json<ReportDraft>("Draft", draft => new Dictionary<string, object?>
    {
        ["Version"] = draft.Version,
        ["Step"] = draft.Step.ToString(),
    });

    private readonly RowTable<ReportDraft> _drafts = new(store, "ReportDrafts", Codec);

    /// <returns>The reporter's latest draft and its ETag, or (null, null).</returns>
    public async Task<(ReportDraft? Draft, string? ETag)> GetAsync(string reporterKey, CancellationToken cancellationToken) =>
        await _drafts.GetAsync(Partition, TableKeys.Encode(reporterKey), cancellationToken).ConfigureAwait(false) is { } stored ? (stored.Value, stored.ETag) : (null, null);

    /// <summary>Writes the draft if nobody changed the reporter's row since <paramref name="etag"/> was read (null = there was none).</summary>
    /// <returns>False when another request got there first; nothing was written.</returns>
    public async Task<bool> TrySaveAsync(ReportDraft draft, string? etag, CancellationToken cancellationToken) =>
        await TrySaveForETagAsync(draft, etag, cancellationToken).ConfigureAwait(false) is not null;

    /// <returns>The draft's new ETag; null when another request got there first and nothing was written.</returns>
    public Task<string?> TrySaveForETagAsync(ReportDraft draft, string? etag, CancellationToken cancellationToken) =>
        _drafts.TryWriteAsync(Partition, TableKeys.Encode(draft.ReporterKey), draft, etag, cancellationToken);

    /// <summary>
    /// Reads the reporter's draft (null when there is none), lets <paramref name="decide"/> choose the draft to save
    /// (null: nothing) and what to return, and saves it unless another request got there first: then decides again on the draft as it is now.
    /// </summary>
    public Task<TResult> ChangeAsync<TResult>(string reporterKey, Func<ReportDraft?, (ReportDraft? Save, TResult Result)> decide, CancellationToken cancellationToken) =>
        _drafts.ChangeAsync(Partition, TableKeys.Encode(reporterKey), decide, cancellationToken);
}
