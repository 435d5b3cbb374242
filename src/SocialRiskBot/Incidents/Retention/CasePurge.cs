using Microsoft.Extensions.Options;
using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents.Anonymity;

namespace SocialRiskBot.Incidents.Retention;

/// <summary>
/// Removes cases resolved more than <see cref="IncidentsOptions.RetentionDays"/> ago, and everything that belongs
/// to them: evidence blobs, the reporter's <c>my reports</c> entry, an anonymous reporter's link, pending outbox
/// rows. The case row goes last, only if nobody changed the case meanwhile, so a pass cut short is finished by the next.
/// </summary>
public sealed partial class CasePurge(
    IncidentStore incidents,
    CaseArchive archive,
    ReporterCases reporterCases,
    ReporterLinks links,
    EvidenceBlobs evidence,
    IOptionsMonitor<IncidentsOptions> options,
    TimeProvider time,
    ILogger<CasePurge> logger)
{
    /// <returns>How many cases were removed.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.CurrentValue.RetentionDays);
        var purged = 0;
        await foreach (var seen in archive.ReadAsync(null, cancellationToken).ConfigureAwait(false))
        {
            // Read again with its ETag: the case row is deleted only if it is still this version.
            if (IsExpired(seen, cutoff) && await incidents.GetAsync(seen.CaseNumber, cancellationToken).ConfigureAwait(false) is ({ } incident, { } etag) && IsExpired(incident, cutoff))
            {
                purged += await PurgeAsync(incident, etag, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }
        }

        return purged;
    }

    private static bool IsExpired(Incident incident, DateTimeOffset cutoff) =>
        incident.Status == IncidentStatus.Resolved && (incident.ResolvedAt ?? incident.History[^1].At) <= cutoff;

    private async Task<bool> PurgeAsync(Incident incident, string etag, CancellationToken cancellationToken)
    {
        await evidence.DeleteAsync(incident.EvidenceFiles, cancellationToken).ConfigureAwait(false);
        var userKey = incident.IsAnonymous ? await links.FindUserAsync(incident.ReporterKey, cancellationToken).ConfigureAwait(false) : incident.ReporterKey;
        if (userKey is not null)
        {
            await reporterCases.ForgetAsync(userKey, incident.CaseNumber, cancellationToken).ConfigureAwait(false);
        }

        if (incident.IsAnonymous)
        {
            await links.ForgetAsync(incident.ReporterKey, cancellationToken).ConfigureAwait(false);
        }

        if (!await incidents.TryDeleteAsync(incident.CaseNumber, etag, cancellationToken).ConfigureAwait(false))
        {
            LogChanged(logger, incident.CaseNumber);
            return false;
        }

        LogPurged(logger, incident.CaseNumber);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case {CaseNumber} purged: resolved longer ago than the retention period")]
    private static partial void LogPurged(ILogger logger, string caseNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseNumber} changed while it was being purged; its case row stays")]
    private static partial void LogChanged(ILogger logger, string caseNumber);
}
