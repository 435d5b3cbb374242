using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents.Relay;

namespace SocialRiskBot.Incidents;

public enum CaseEvidenceOutcomeKind
{
    /// <summary>The case takes files from this person: fetch them, then <see cref="CaseEvidence.AddAsync"/>.</summary>
    Open,

    /// <summary>The accepted files are on the case (maybe none, when all were refused).</summary>
    Added,

    /// <summary>No such case any more.</summary>
    NotFound,

    /// <summary>The sender is not the case's reporter.</summary>
    NotReporter,

    /// <summary>The case is resolved: it takes no more files.</summary>
    Closed,
}

/// <param name="ETag">With <see cref="Changed"/>: the stored case's version the change was made from.</param>
/// <param name="Changed">The case with the files added, not stored yet: commit it with its messages (<see cref="IncidentStore.TryUpdateAsync"/>).</param>
/// <param name="Dropped">Stored files that did not fit the case: the caller removes their blobs.</param>
public sealed record CaseEvidenceOutcome(
    CaseEvidenceOutcomeKind Kind,
    Incident? Incident = null,
    EvidenceIntakeResult? Intake = null,
    Incident? Changed = null,
    string? ETag = null,
    IReadOnlyList<EvidenceFile>? Dropped = null);

/// <summary>
/// The reporter adding files to their case after sending it (<c>my reports</c> → Add files): only the reporter,
/// only while the case is open; the files, fetched and checked against what the case holds by the caller, are then
/// recorded on the case with a history line. The caller stores that change with its card update in one
/// ETag-guarded batch, and asks again when another change got there first.
/// </summary>
public sealed class CaseEvidence(IncidentStore incidents, ReporterRelay relay, Microsoft.Extensions.Options.IOptions<EvidenceOptions> options, TimeProvider time)
{
    /// <summary>Whether <paramref name="userKey"/> may add files to the case now.</summary>
    public async Task<CaseEvidenceOutcome> CheckAsync(string userKey, string caseNumber, CancellationToken cancellationToken)
    {
        var (incident, _) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.NotFound);
        }

        if (!await relay.IsReporterAsync(incident, userKey, cancellationToken).ConfigureAwait(false))
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.NotReporter, incident);
        }

        return new CaseEvidenceOutcome(incident.Status == IncidentStatus.Resolved ? CaseEvidenceOutcomeKind.Closed : CaseEvidenceOutcomeKind.Open, incident);
    }

    /// <summary>The case as it is now with what still fits of <paramref name="taken"/> added (see <see cref="EvidenceCap"/>).</summary>
    /// <returns><see cref="CaseEvidenceOutcome.Changed"/> to store, or <see cref="CaseEvidenceOutcomeKind.Added"/> with nothing to store.</returns>
    public async Task<CaseEvidenceOutcome> AddAsync(string caseNumber, EvidenceIntakeResult taken, CancellationToken cancellationToken)
    {
        var (current, etag) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.NotFound, Dropped: taken.Accepted);
        }

        var kept = EvidenceCap.Fit(current.EvidenceFiles, taken.Accepted, options.Value.MaxFilesPerCase);
        var dropped = taken.Accepted.Except(kept).ToList();
        taken = taken with { Accepted = kept };
        if (kept.Count == 0)
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Added, current, taken, Dropped: dropped);
        }

        var names = string.Join(", ", kept.Select(f => f.FileName));
        var changed = current with
        {
            Version = current.Version + 1,
            EvidenceFiles = [.. current.EvidenceFiles, .. kept],
            History = [.. current.History, new CaseEvent(time.GetUtcNow(), current.ReporterName, $"added evidence: {names}")],
        };
        return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Added, current, taken, changed, etag, dropped);
    }
}
