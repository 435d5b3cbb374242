using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Which cases each reporter made, for <c>my reports</c>: an index row per case in the reporter's partition
/// of <c>ReporterCases</c>. Written (idempotently) right after the case, and repaired by a repeated submit.
/// </summary>
public sealed class ReporterCases(ITableStore store, IncidentStore incidents)
{
    private const string TableName = "ReporterCases";

    public async Task RecordAsync(Incident incident, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertAsync(new TableRow(TableKeys.Encode(incident.ReporterKey), incident.CaseNumber)
        {
            Properties = new Dictionary<string, object?> { ["ReportedAt"] = incident.ReportedAt },
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The reporter's latest cases first, at most <paramref name="limit"/>.</returns>
    public async Task<IReadOnlyList<Incident>> LatestAsync(string reporterKey, int limit, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var numbers = new List<CaseNumber>();
        await foreach (var row in table.QueryAsync(TableKeys.Encode(reporterKey), null, null, cancellationToken).ConfigureAwait(false))
        {
            if (CaseNumber.TryParse(row.RowKey, out var number))
            {
                numbers.Add(number);
            }
        }

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
}
