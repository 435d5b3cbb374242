using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Which cases each reporter made, for <c>my reports</c>: an index row per case in the reporter's partition of
/// <c>ReporterCases</c>. Written (idempotently) right after the case, and repaired by a repeated submit. A named
/// report's row is keyed by its case number; an anonymous one's by a random key, with the case number sealed
/// (see <see cref="ReporterSeal"/>), so the index does not link the person to the case in plain text.
/// </summary>
public sealed class ReporterCases(ITableStore store, IncidentStore incidents, ReporterSeal seal)
{
    private const string TableName = "ReporterCases";
    private const string SealedCase = "Case";

    private static readonly RowCodec<Entry> Codec = new(
        entry => entry.SealedCase is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [SealedCase] = entry.SealedCase },
        row => new Entry(row.RowKey, row.GetString(SealedCase)));

    private readonly RowTable<Entry> _entries = new(store, TableName, Codec);

    /// <param name="anonymousKey">The row key of an anonymous report's entry; null for a named report.</param>
    public async Task RecordAsync(string userKey, string caseNumber, string? anonymousKey, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Encode(userKey);
        if (anonymousKey is null)
        {
            await _entries.UpsertAsync(partition, caseNumber, new Entry(caseNumber, null), cancellationToken).ConfigureAwait(false);
        }
        else if (await _entries.GetAsync(partition, anonymousKey, cancellationToken).ConfigureAwait(false) is null)
        {
            await _entries.UpsertAsync(partition, anonymousKey, new Entry(anonymousKey, seal.Seal(caseNumber)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <returns>The reporter's latest cases first, at most <paramref name="limit"/>.</returns>
    public async Task<IReadOnlyList<Incident>> LatestAsync(string userKey, int limit, CancellationToken cancellationToken)
    {
        var numbers = (await EntriesAsync(userKey, cancellationToken).ConfigureAwait(false)).Select(e => e.Number);
        var found = new List<Incident>();
        foreach (var number in numbers.OrderByDescending(n => n.Year).ThenByDescending(n => n.Sequence).Take(limit))
        {
            if ((await incidents.GetAsync(number.ToString(), cancellationToken).ConfigureAwait(false)).Incident is { } incident)
            {
                found.Add(incident);
            }
        }

        return found;
    }

    /// <summary>For the retention purge: removes the reporter's entry for the case, named or anonymous.</summary>
    public async Task ForgetAsync(string userKey, string caseNumber, CancellationToken cancellationToken)
    {
        foreach (var (rowKey, number) in await EntriesAsync(userKey, cancellationToken).ConfigureAwait(false))
        {
            if (number.ToString() == caseNumber)
            {
                await _entries.TryDeleteAsync(TableKeys.Encode(userKey), rowKey, null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<List<(string RowKey, CaseNumber Number)>> EntriesAsync(string userKey, CancellationToken cancellationToken)
    {
        var entries = new List<(string, CaseNumber)>();
        await foreach (var (entry, _) in _entries.QueryAsync(TableKeys.Encode(userKey), null, null, cancellationToken).ConfigureAwait(false))
        {
            var text = entry.SealedCase is { } sealedCase ? seal.Open(sealedCase) : entry.RowKey;
            if (CaseNumber.TryParse(text, out var number))
            {
                entries.Add((entry.RowKey, number));
            }
        }

        return entries;
    }

    /// <summary>
    /// One case in a reporter's index: a named report's row is keyed by its case number and holds nothing else; an
    /// anonymous one's is keyed at random and holds the case number sealed.
    /// </summary>
    private sealed record Entry(string RowKey, string? SealedCase);
}
