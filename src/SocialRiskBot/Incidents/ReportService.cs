using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Incidents;

/// <summary>
/// The report flow as a state machine over the reporter's draft: category → details → review → submitted.
/// Each step names the draft and version it was shown for; anything else is stale and changes nothing.
/// Submitting is idempotent: the case number is fixed in the draft before the case is written, so a
/// repeated Submit (double tap, retry after a crash) completes the same case and never creates a second.
/// An anonymous report stores its case under a random alias, the link to the reporter in <see cref="ReporterLinks"/>,
/// and leaves the sent draft emptied, so that nothing the reporter owns names the case in plain text.
/// </summary>
public sealed class ReportService(ReportDrafts drafts, CategoryCatalog categories, CaseNumbers numbers, IncidentStore incidents, ReporterCases reporterCases, ReporterLinks links, Sla.SlaPolicy sla, Sla.OpenCases openCases, TimeProvider time)
{
    /// <summary>The open draft (to resume where the reporter left off), or a new one.</summary>
    /// <param name="story">The story typed with <c>report</c>, if any: it fills the story of the open draft or of the new one.</param>
    public Task<ReportDraft> StartAsync(string reporterKey, CancellationToken cancellationToken, string? story = null) =>
        drafts.ChangeAsync(reporterKey, draft =>
        {
            if (IsLive(draft))
            {
                return story is null || ReportDetailsCheck.StoryProblem(story) is not null ? (null, draft) : Same(WithStory(draft, story));
            }

            return Same(ReportDraft.Start(reporterKey, time.GetUtcNow()) with { Story = ReportDetailsCheck.StoryProblem(story) is null ? story!.Trim() : null });
        }, cancellationToken);

    /// <returns>The reporter's open, unexpired draft, or null; starts nothing.</returns>
    public async Task<ReportDraft?> FindOpenAsync(string reporterKey, CancellationToken cancellationToken)
    {
        var (draft, _) = await drafts.GetAsync(reporterKey, cancellationToken).ConfigureAwait(false);
        return IsLive(draft) ? draft : null;
    }

    public Task<ReportOutcome> ChooseCategoryAsync(string reporterKey, string? draftId, int? version, string? categoryId, CancellationToken cancellationToken) =>
        MoveAsync(reporterKey, draftId, version, [ReportStep.ChoosingCategory], draft =>
            categories.Find(categoryId) is null
                ? new Step(null, "That kind of problem is not on the list any more. Please choose again.")
                : new Step(draft.Next(ReportStep.EnteringDetails) with { CategoryId = categoryId }, null),
            cancellationToken);

    /// <summary>
    /// A story typed as a chat message while a report is open: it becomes the story of the form, exactly as typed,
    /// and the draft stays at (or goes back to) the step that still asks for what is missing. Nothing else is filled in.
    /// </summary>
    /// <returns><see cref="ReportOutcomeKind.Moved"/> with the draft as it is now; NoDraft when no report is open; Problem when the story is too long.</returns>
    public Task<ReportOutcome> TakeStoryAsync(string reporterKey, string story, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(reporterKey, draft =>
        {
            if (!IsLive(draft))
            {
                return (null, new ReportOutcome(ReportOutcomeKind.NoDraft, draft));
            }

            if (ReportDetailsCheck.StoryProblem(story) is { } problem)
            {
                return (null, new ReportOutcome(ReportOutcomeKind.Problem, draft, problem));
            }

            var next = WithStory(draft, story);
            return (next, new ReportOutcome(ReportOutcomeKind.Moved, next));
        }, cancellationToken);

    /// <summary>Remembers which message shows the draft's card now (the version does not move: the card stays valid).</summary>
    /// <returns>The message that showed it before, which is spent now; null when there was none, it is the same, or the draft moved on.</returns>
    public Task<string?> ShownInAsync(string reporterKey, string draftId, string activityId, CancellationToken cancellationToken) =>
        drafts.ChangeAsync(reporterKey, draft => draft is null || draft.DraftId != draftId || draft.CardActivityId == activityId
            ? (null, null)
            : (draft with { CardActivityId = activityId }, draft.CardActivityId), cancellationToken);

    public Task<ReportOutcome> EnterDetailsAsync(string reporterKey, string? draftId, int? version, ReportDetailsInput input, string? timeZone, CancellationToken cancellationToken) =>
        MoveAsync(reporterKey, draftId, version, [ReportStep.EnteringDetails], draft =>
        {
            if (draft.Story is not null && ReportDetailsCheck.MissingChoice(input) is { } missing)
            {
                return new Step(null, missing); // typed in chat: nothing the reporter didn't choose is filled in for them
            }

            var (details, problem) = ReportDetailsCheck.Check(input, timeZone, time.GetUtcNow());
            return details is null ? new Step(null, problem) : new Step(draft.Next(ReportStep.Reviewing) with { Details = details, Story = null }, null);
        }, cancellationToken);

    public Task<ReportOutcome> EditAsync(string reporterKey, string? draftId, int? version, CancellationToken cancellationToken) =>
        MoveAsync(reporterKey, draftId, version, [ReportStep.Reviewing], draft => new Step(draft.Next(ReportStep.EnteringDetails), null), cancellationToken);

    /// <summary>A stored case, as it is now.</summary>
    public Task<(Incident? Incident, string? ETag)> FindCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        incidents.GetAsync(caseNumber, cancellationToken);

    /// <summary>Adds what still fits of the files to the reporter's open draft, whatever step it is at (see <see cref="Evidence.EvidenceCap"/>).</summary>
    /// <returns>The files added (the caller removes the others' blobs); null when no report is open any more.</returns>
    public Task<IReadOnlyList<Evidence.EvidenceFile>?> AddEvidenceAsync(string reporterKey, string draftId, IReadOnlyList<Evidence.EvidenceFile> files, int maxFiles, CancellationToken cancellationToken) =>
        drafts.ChangeAsync<IReadOnlyList<Evidence.EvidenceFile>?>(reporterKey, draft =>
        {
            if (!IsLive(draft) || draft.DraftId != draftId)
            {
                return (null, null);
            }

            var kept = Evidence.EvidenceCap.Fit(draft.EvidenceFiles, files, maxFiles);
            return (kept.Count == 0 ? null : draft with { EvidenceFiles = [.. draft.EvidenceFiles, .. kept] }, kept);
        }, cancellationToken);

    /// <param name="draftId">Null cancels whatever report is open (the typed <c>cancel</c>).</param>
    public async Task<ReportOutcome> CancelAsync(string reporterKey, string? draftId, int? version, CancellationToken cancellationToken)
    {
        if (draftId is null)
        {
            var (open, _) = await drafts.GetAsync(reporterKey, cancellationToken).ConfigureAwait(false);
            if (open is not { IsOpen: true })
            {
                return new ReportOutcome(ReportOutcomeKind.NoDraft);
            }

            (draftId, version) = (open.DraftId, open.Version);
        }

        return await MoveAsync(reporterKey, draftId, version, [ReportStep.ChoosingCategory, ReportStep.EnteringDetails, ReportStep.Reviewing],
            draft => new Step(draft.Next(ReportStep.Cancelled), null), cancellationToken).ConfigureAwait(false);
    }

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

    private Incident NewIncident(ReportDraft draft, string reporterName)
    {
        var category = categories.Find(draft.CategoryId) ?? categories.Other;
        var details = draft.Details!;
        var assessed = SeverityAssessment.Assess(category, details.Facts);
        var plan = IncidentRouter.Plan(category, details.Facts, assessed.Severity);
        var now = time.GetUtcNow();
        var name = draft.Anonymous is null ? reporterName : AnonymousReporter.DisplayName;
        return new Incident(
            draft.CaseNumber!,
            1,
            category.Id,
            assessed.Severity,
            assessed.Reasons,
            plan.OwnerId,
            [.. plan.Departments.Skip(1)],
            details,
            draft.Anonymous?.Alias ?? draft.ReporterKey,
            name,
            IncidentStatus.New,
            now,
            sla.AcknowledgeBy(assessed.Severity, now),
            [new CaseEvent(now, name, "reported it")])
        {
            ResolveBy = sla.ResolveBy(assessed.Severity, now),
            IsAnonymous = draft.Anonymous is not null,
            EvidenceFiles = draft.EvidenceFiles,
        };
    }

    private bool IsLive([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ReportDraft? draft) => draft is { IsOpen: true } && !draft.IsExpired(time.GetUtcNow());

    /// <summary>A draft to save that is also what the caller gets back.</summary>
    private static (ReportDraft? Save, ReportDraft Result) Same(ReportDraft draft) => (draft, draft);

    /// <summary>A story typed in chat becomes the form's story; the draft stays at (or goes back to) the step that still asks for what is missing.</summary>
    private static ReportDraft WithStory(ReportDraft draft, string story) =>
        draft.Next(draft.Step == ReportStep.ChoosingCategory ? ReportStep.ChoosingCategory : ReportStep.EnteringDetails) with { Story = story.Trim() };

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
