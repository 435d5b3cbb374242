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

    private static readonly RowCodec<Link> Codec = new(
        link => new Dictionary<string, object?> { ["User"] = link.SealedUser, ["LinkedAt"] = link.LinkedAt },
        row => new Link(row.GetString("User"), row.Value<DateTimeOffset>("LinkedAt")));

    private readonly RowTable<Link> _links = new(store, TableName, Codec);

    /// <summary>Idempotent: a repeated submit writes the same link again.</summary>
    public async Task RecordAsync(string alias, string userKey, CancellationToken cancellationToken)
    {
        var existing = await FindUserAsync(alias, cancellationToken).ConfigureAwait(false);
        if (existing == userKey)
        {
            return;
        }

        await _links.UpsertAsync(TableKeys.Encode(alias), Row, new Link(seal.Seal(userKey), time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The user key behind <paramref name="alias"/>, or null when there is no link (purged) or it cannot be opened.</returns>
    public async Task<string?> FindUserAsync(string alias, CancellationToken cancellationToken) =>
        seal.Open((await _links.GetAsync(TableKeys.Encode(alias), Row, cancellationToken).ConfigureAwait(false))?.Value.SealedUser);

    /// <summary>For the retention purge: after this nobody can reach, or be linked to, the case's reporter.</summary>
    public Task ForgetAsync(string alias, CancellationToken cancellationToken) =>
        _links.TryDeleteAsync(TableKeys.Encode(alias), Row, null, cancellationToken);

    /// <param name="SealedUser">The reporter's user key, sealed.</param>
    private sealed record Link(string? SealedUser, DateTimeOffset? LinkedAt);
}
