using SocialRiskBot.Incidents.Anonymity;

namespace SocialRiskBot.Incidents;

/// <summary>
/// The report flow as a state machine over the reporter's draft: category → details → review → submitted.
/// Each step names the draft and version it was shown for; anything else is stale and changes nothing.
/// Submitting is idempotent: the case number is fixed in the draft before the case is written, so a
/// repeated Submit (double tap, retry after a crash) completes the same case and never creates a second.
/// An anonymous report stores its case under a random alias, the link to the reporter in <see cref="ReporterLinks"/>,
/// and leaves the sent draft emptied, so that nothing the reporter owns names the case in plain text.
/// </summary>
/// <remarks>
/// Drafting is in <c>ReportService.Drafting.cs</c>, submitting in <c>ReportService.Submitting.cs</c>, the case a report
/// becomes in <c>ReportService.Cases.cs</c>; this file holds what their steps share.
/// </remarks>
public sealed partial class ReportService(ReportDrafts drafts, CategoryCatalog categories, CaseNumbers numbers, IncidentStore incidents, ReporterCases reporterCases, ReporterLinks links, Sla.SlaPolicy sla, Sla.OpenCases openCases, TimeProvider time)
{
    /// <summary>An open draft that has not expired.</summary>
    private bool IsLive([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ReportDraft? draft) => draft is { IsOpen: true } && !draft.IsExpired(time.GetUtcNow());

    /// <summary>What a step of the form does to the draft: the draft it moves to, or the problem that keeps it where it is.</summary>
    private sealed record Step(ReportDraft? Next, string? Problem);

    /// <summary>Checks the card against the stored draft, then saves the step's result if nobody moved the draft meanwhile.</summary>
    private async Task<ReportOutcome> MoveAsync(string reporterKey, string? draftId, int? version, ReportStep[] allowedFrom, Func<ReportDraft, Step> step, CancellationToken cancellationToken)
    {
        var (draft, etag) = await drafts.GetAsync(reporterKey, cancellationToken).ConfigureAwait(false);
        if (draft is null)
        {
            return new ReportOutcome(ReportOutcomeKind.NoDraft);
        }

        if (draft.DraftId != draftId || draft.Version != version || !allowedFrom.Contains(draft.Step))
        {
            return new ReportOutcome(ReportOutcomeKind.Stale, draft);
        }

        if (draft.IsExpired(time.GetUtcNow()))
        {
            await drafts.TrySaveAsync(draft.Next(ReportStep.Cancelled), etag, cancellationToken).ConfigureAwait(false);
            return new ReportOutcome(ReportOutcomeKind.Expired, draft);
        }

        var result = step(draft);
        if (result.Next is null)
        {
            return new ReportOutcome(ReportOutcomeKind.Problem, draft, result.Problem);
        }

        return await drafts.TrySaveAsync(result.Next, etag, cancellationToken).ConfigureAwait(false)
            ? new ReportOutcome(ReportOutcomeKind.Moved, result.Next)
            : new ReportOutcome(ReportOutcomeKind.Stale, draft);
    }
}
