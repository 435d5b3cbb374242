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

    private static readonly RowCodec<Target> Codec = new(
        target => new Dictionary<string, object?> { ["Case"] = target.SealedCase, ["Until"] = target.Until },
        row => new Target(row.GetString("Case"), row.Value<DateTimeOffset>("Until")));

    private readonly RowTable<Target> _targets = new(store, TableName, Codec);

    public Task SetAsync(string userKey, string caseNumber, CancellationToken cancellationToken) =>
        _targets.UpsertAsync(TableKeys.Encode(userKey), Row, new Target(seal.Seal(caseNumber), time.GetUtcNow() + Lifetime), cancellationToken);

    /// <returns>The case the reporter chose within the last hour, or null.</returns>
    public async Task<string?> FindAsync(string userKey, CancellationToken cancellationToken) =>
        await _targets.GetAsync(TableKeys.Encode(userKey), Row, cancellationToken).ConfigureAwait(false) is { Value: { Until: { } until } target } && until > time.GetUtcNow()
            ? seal.Open(target.SealedCase)
            : null;

    /// <param name="SealedCase">The case number, sealed.</param>
    /// <param name="Until">When the choice lapses.</param>
    private sealed record Target(string? SealedCase, DateTimeOffset? Until);
}
