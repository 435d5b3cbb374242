using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Which case a reporter's next files are for, after they tap "Add files" in <c>my reports</c>: one row per
/// reporter in <c>EvidenceTargets</c>, good for <see cref="Lifetime"/>, the case number sealed like every link
/// between a reporter and a case (see <see cref="ReporterSeal"/>).
/// </summary>
public sealed class EvidenceTargets(ITableStore store, ReporterSeal seal, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private const string TableName = "EvidenceTargets";
    private const string Row = "target";

    public async Task SetAsync(string userKey, string caseNumber, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.UpsertAsync(new TableRow(TableKeys.Encode(userKey), Row)
        {
            Properties = new Dictionary<string, object?> { ["Case"] = seal.Seal(caseNumber), ["Until"] = time.GetUtcNow() + Lifetime },
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The case the reporter chose within the last hour, or null.</returns>
    public async Task<string?> FindAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(TableKeys.Encode(userKey), Row, cancellationToken).ConfigureAwait(false);
        return row is not null && row.Properties.TryGetValue("Until", out var until) && until is DateTimeOffset u && u > time.GetUtcNow()
            ? seal.Open(row.GetString("Case"))
            : null;
    }
}
