using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

public enum CaseEvidenceOutcomeKind
{
    /// <summary>The accepted files are on the case (maybe none, when all were refused).</summary>
    Added,

    /// <summary>No such case any more.</summary>
    NotFound,

    /// <summary>The sender is not the case's reporter.</summary>
    NotReporter,

    /// <summary>The case is resolved: it takes no more files.</summary>
    Closed,
}

public sealed record CaseEvidenceOutcome(CaseEvidenceOutcomeKind Kind, Incident? Incident = null, EvidenceIntakeResult? Intake = null);

/// <summary>
/// The reporter adding files to their case after sending it (<c>my reports</c> → Add files): only the reporter,
/// only while the case is open, the files fetched and checked against what the case holds, then recorded on the
/// case with a history line in one ETag-guarded batch with the card update. Files that could not be recorded are removed.
/// </summary>
public sealed class CaseEvidence(IncidentStore incidents, ReporterRelay relay, EvidenceIntake intake, Microsoft.Extensions.Options.IOptions<EvidenceOptions> options, TimeProvider time)
{
    public async Task<CaseEvidenceOutcome> AddAsync(
        string userKey,
        string caseNumber,
        IReadOnlyList<BotFramework.Schema.FileAttachment> attachments,
        Func<Incident, CancellationToken, Task<IReadOnlyList<TableOperation>>> notifications,
        CancellationToken cancellationToken)
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

        if (incident.Status == IncidentStatus.Resolved)
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Closed, incident);
        }

        var taken = await intake.AcceptAsync(attachments, incident.EvidenceFiles, cancellationToken).ConfigureAwait(false);
        if (taken.Accepted.Count == 0)
        {
            return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Added, incident, taken);
        }

        try
        {
            while (true)
            {
                var (current, etag) = await incidents.GetAsync(caseNumber, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    await intake.DeleteAsync(taken.Accepted, cancellationToken).ConfigureAwait(false);
                    return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.NotFound);
                }

                var kept = EvidenceCap.Fit(current.EvidenceFiles, taken.Accepted, options.Value.MaxFilesPerCase);
                if (kept.Count < taken.Accepted.Count)
                {
                    await intake.DeleteAsync(taken.Accepted.Except(kept), cancellationToken).ConfigureAwait(false);
                    taken = taken with { Accepted = kept };
                    if (kept.Count == 0)
                    {
                        return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Added, current, taken);
                    }
                }

                var names = string.Join(", ", kept.Select(f => f.FileName));
                var changed = current with
                {
                    Version = current.Version + 1,
                    EvidenceFiles = [.. current.EvidenceFiles, .. kept],
                    History = [.. current.History, new CaseEvent(time.GetUtcNow(), current.ReporterName, $"added evidence: {names}")],
                };
                var operations = await notifications(changed, cancellationToken).ConfigureAwait(false);
                if (await incidents.TryUpdateAsync(changed, etag!, operations, cancellationToken).ConfigureAwait(false))
                {
                    return new CaseEvidenceOutcome(CaseEvidenceOutcomeKind.Added, changed, taken);
                }
            }
        }
        catch
        {
            await intake.DeleteAsync(taken.Accepted, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}
