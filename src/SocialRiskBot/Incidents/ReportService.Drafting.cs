namespace SocialRiskBot.Incidents;

/// <summary>Drafting: starting or resuming a report, each step of its form, a story typed in chat, files, cancelling.</summary>
public sealed partial class ReportService
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

    /// <summary>A draft to save that is also what the caller gets back.</summary>
    private static (ReportDraft? Save, ReportDraft Result) Same(ReportDraft draft) => (draft, draft);

    /// <summary>A story typed in chat becomes the form's story; the draft stays at (or goes back to) the step that still asks for what is missing.</summary>
    private static ReportDraft WithStory(ReportDraft draft, string story) =>
        draft.Next(draft.Step == ReportStep.ChoosingCategory ? ReportStep.ChoosingCategory : ReportStep.EnteringDetails) with { Story = story.Trim() };
}
