using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents.Anonymity;

/// <summary>
/// The only place that knows who an anonymous reporter is: the <c>ReporterLinks</c> table, one row per alias
/// holding the reporter's user key, sealed by <see cref="ReporterSeal"/>. The relay and the reporter's updates
/// look it up to reach them; nothing department-facing ever reads it.
/// </summary>
public sealed class ReporterLinks(ITableStore store, ReporterSeal seal, TimeProvider time)
{
    public const string TableName = "ReporterLinks";
    private const string Row = "link";

    /// <summary>Idempotent: a repeated submit writes the same link again.</summary>
    public async Task RecordAsync(string alias, string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var existing = await FindUserAsync(alias, cancellationToken).ConfigureAwait(false);
        if (existing == userKey)
        {
            return;
        }

        await table.UpsertAsync(new TableRow(TableKeys.Encode(alias), Row)
        {
            Properties = new Dictionary<string, object?> { ["User"] = seal.Seal(userKey), ["LinkedAt"] = time.GetUtcNow() },
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The user key behind <paramref name="alias"/>, or null when there is no link (purged) or it cannot be opened.</returns>
    public async Task<string?> FindUserAsync(string alias, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(TableKeys.Encode(alias), Row, cancellationToken).ConfigureAwait(false);
        return seal.Open(row?.GetString("User"));
    }

    /// <summary>For the retention purge: after this nobody can reach, or be linked to, the case's reporter.</summary>
    public async Task ForgetAsync(string alias, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.DeleteAsync(TableKeys.Encode(alias), Row, null, cancellationToken).ConfigureAwait(false);
    }
}
