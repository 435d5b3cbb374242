using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Submitting: the case number fixed in the draft, the case filed with its messages, then the draft marked sent, each
/// step safe to repeat.
/// </summary>
public sealed partial class ReportService
{
    /// <param name="anonymous">Keep the reporter's identity from the case and from everyone working on it.</param>
    /// <returns>
    /// <see cref="ReportOutcomeKind.Filing"/> with the new case when it is to be stored (then call <see cref="FileAsync"/>
    /// with its messages), <see cref="ReportOutcomeKind.Submitted"/> when it already was, or why nothing happens.
    /// </returns>
    public Task<ReportOutcome> SubmitAsync(
        string reporterKey,
        string? draftId,
        int? version,
        string reporterName,
        bool anonymous,
        CancellationToken cancellationToken) => ReadChangeWrite.RunAsync(async token =>
    {
        var (draft, etag) = await drafts.GetAsync(reporterKey, token).ConfigureAwait(false);
        if (draft is null || draft.DraftId != draftId)
        {
            return Attempt.Done(new ReportOutcome(draft is null ? ReportOutcomeKind.NoDraft : ReportOutcomeKind.Stale, draft));
        }

        if (draft.Step is ReportStep.Submitting or ReportStep.Submitted)
        {
            if (draft.CaseNumber is null)
            {
                return Attempt.Done(new ReportOutcome(ReportOutcomeKind.Stale, draft)); // an anonymous report, sent and forgotten
            }

            // A repeated tap, or one after a crash: complete what the first one started.
            var (existing, _) = await incidents.GetAsync(draft.CaseNumber, token).ConfigureAwait(false);
            return Attempt.Done(existing is null
                ? new ReportOutcome(ReportOutcomeKind.Filing, draft, Incident: NewIncident(draft, reporterName), ETag: etag)
                : await CompleteAsync(draft, etag, existing, token).ConfigureAwait(false));
        }

        if (draft.Step != ReportStep.Reviewing || draft.Version != version)
        {
            return Attempt.Done(new ReportOutcome(ReportOutcomeKind.Stale, draft));
        }

        if (draft.IsExpired(time.GetUtcNow()))
        {
            await drafts.TrySaveAsync(draft.Next(ReportStep.Cancelled), etag, token).ConfigureAwait(false);
            return Attempt.Done(new ReportOutcome(ReportOutcomeKind.Expired, draft));
        }

        var caseNumber = await numbers.NextAsync(time.GetUtcNow().Year, token).ConfigureAwait(false);
        var submitting = draft.Next(ReportStep.Submitting) with
        {
            CaseNumber = caseNumber.ToString(),
            Anonymous = anonymous ? AnonymousSubmission.New() : null,
        };

        // When the other tap wins the race, the next attempt completes (or reports) what it started.
        return Attempt.Write<ReportOutcome>(async write => await drafts.TrySaveForETagAsync(submitting, etag, write).ConfigureAwait(false) is { } savedETag
            ? (true, new ReportOutcome(ReportOutcomeKind.Filing, submitting, Incident: NewIncident(submitting, reporterName), ETag: savedETag))
            : (false, new ReportOutcome(ReportOutcomeKind.Stale, draft)));
    }, cancellationToken);

    /// <summary>
    /// Stores the case of a <see cref="ReportOutcomeKind.Filing"/> outcome (once: a repeated tap finds it stored) with
    /// <paramref name="messages"/> in its outbox, in one batch, then marks the draft submitted.
    /// </summary>
    public async Task<ReportOutcome> FileAsync(ReportOutcome filing, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (filing is not { Kind: ReportOutcomeKind.Filing, Draft: { } draft, Incident: { } incident })
        {
            throw new ArgumentException("Only a case ready to be filed can be filed.", nameof(filing));
        }

        if (draft.Anonymous is { } anonymous)
        {
            // Before the case exists, so that a case never waits for a link to its reporter.
            await links.RecordAsync(anonymous.Alias, draft.ReporterKey, cancellationToken).ConfigureAwait(false);
        }

        await openCases.RegisterAsync(incident.CaseNumber, cancellationToken).ConfigureAwait(false);
        var stored = await incidents.TryCreateAsync(incident, messages, cancellationToken).ConfigureAwait(false)
            ? incident
            : (await incidents.GetAsync(incident.CaseNumber, cancellationToken).ConfigureAwait(false)).Incident ?? incident; // the other tap filed it
        return await CompleteAsync(draft, filing.ETag, stored, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For a draft whose case is stored: remembers it among the reporter's cases, then marks the draft submitted.</summary>
    private async Task<ReportOutcome> CompleteAsync(ReportDraft draft, string? etag, Incident incident, CancellationToken cancellationToken)
    {
        await reporterCases.RecordAsync(draft.ReporterKey, incident.CaseNumber, draft.Anonymous?.IndexKey, cancellationToken).ConfigureAwait(false);

        if (draft.Step == ReportStep.Submitting)
        {
            var sent = draft.Next(ReportStep.Submitted);
            await drafts.TrySaveAsync(draft.Anonymous is null ? sent : sent with { CategoryId = null, Details = null, CaseNumber = null, Anonymous = null, EvidenceFiles = [] }, etag, cancellationToken).ConfigureAwait(false);
        }

        return new ReportOutcome(ReportOutcomeKind.Submitted, draft, Incident: incident);
    }
}
