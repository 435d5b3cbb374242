using Microsoft.Extensions.Options;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Training;

/// <summary>Where a refresher stands after a user's action.</summary>
public sealed record RefreshStep(StepKind Kind, RefreshRun? Run, int Index = 0, DateTimeOffset? NextDue = null);

/// <summary>
/// A refresher: up to <see cref="TrainingOptions.RefreshSize"/> due questions across modules, oldest due first,
/// answered like a quiz; each answer moves the question's review box. The run lives in the learner row.
/// </summary>
public sealed class RefreshService(TrainingStore store, TrainingCatalog catalog, ReviewSchedule schedule, IOptionsMonitor<TrainingOptions> options, TimeProvider time)
{
    /// <summary>The questions due now, oldest due first, that are still in the content.</summary>
    public IReadOnlyList<ReviewItem> Due(LearnerFile file, DateTimeOffset now) =>
        [.. file.Reviews.Where(r => r.DueAt <= now && catalog.Find(r.ModuleId)?.Find(r.QuestionId) is not null).OrderBy(r => r.DueAt).ThenBy(r => r.ModuleId, StringComparer.Ordinal)];

    /// <summary>When the next question falls due, if any is scheduled.</summary>
    public static DateTimeOffset? NextDue(LearnerFile file) => file.Reviews.Count == 0 ? null : file.Reviews.Min(r => r.DueAt);

    /// <summary>Question <paramref name="index"/> of the refresher, with its answer once given; null when there is none.</summary>
    public QuestionView? ViewOf(RefreshRun? run, int index) =>
        run?.Items.ElementAtOrDefault(index) is { } item && catalog.Find(item.ModuleId) is { } module && module.Find(item.QuestionId) is { } question
            ? new QuestionView(QuestionView.Refresh, module, question, run.Answers.ElementAtOrDefault(index), run.Id, index, run.Items.Count)
            : null;

    public Task<RefreshStep> StartAsync(string userKey, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var learner = file.Learner.Value;
            var now = time.GetUtcNow();
            RefreshRun run;
            int index;
            if (learner.Refresh is { } open && open.Answers.Count < open.Items.Count && QuestionOf(open.Items[open.Answers.Count]) is not null)
            {
                index = open.Answers.Count;
                run = open with { Shown = Math.Max(open.Shown, index + 1) };
            }
            else if (Due(file, now) is { Count: > 0 } due)
            {
                index = 0;
                run = new RefreshRun(OutboxRows.NewId(now), [.. due.Take(options.CurrentValue.RefreshSize)], [], 1, now);
            }
            else
            {
                return Attempt.Done(new RefreshStep(StepKind.NothingDue, null, 0, NextDue(file)));
            }

            return Attempt.Write(new RefreshStep(StepKind.Ask, run, index), write => store.TrySubmitAsync([TrainingStore.Put(learner with { Refresh = run }, file.Learner.ETag)], write));
        }, cancellationToken);

    public Task<RefreshStep> AnswerAsync(string userKey, string runId, int index, string? submitted, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var learner = file.Learner.Value;
            if (learner.Refresh is not { } run || run.Id != runId || run.Answers.Count != index || index >= run.Items.Count || QuestionOf(run.Items[index]) is not { } question)
            {
                return Attempt.Done(new RefreshStep(StepKind.Stale, learner.Refresh?.Id == runId ? learner.Refresh : null, index));
            }

            if (ChosenAnswer.Read(question, submitted) is not { } chosen)
            {
                return Attempt.Done(new RefreshStep(StepKind.NoChoice, run, index));
            }

            var now = time.GetUtcNow();
            var item = run.Items[index];
            var right = question.IsRight(chosen);
            var answered = run with { Answers = [.. run.Answers, new GivenAnswer(question.Id, chosen, right, now)] };
            return Attempt.Write(new RefreshStep(StepKind.Answered, answered, index), write => store.TrySubmitAsync(
                [
                    TrainingStore.Put(learner with { Refresh = answered }, file.Learner.ETag),
                    TrainingStore.Put(userKey, schedule.After(file.Review(item.ModuleId, item.QuestionId), item.ModuleId, item.QuestionId, right, now)),
                ],
                write));
        }, cancellationToken);

    public Task<RefreshStep> NextAsync(string userKey, string runId, int index, CancellationToken cancellationToken) =>
        ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var learner = file.Learner.Value;
            if (learner.Refresh is not { } run || run.Id != runId)
            {
                return Attempt.Done(new RefreshStep(StepKind.Stale, null, index));
            }

            if (index >= run.Items.Count && run.Answers.Count == run.Items.Count)
            {
                return Attempt.Done(new RefreshStep(StepKind.Finished, run, index, NextDue(file)));
            }

            if (run.Answers.Count != index || run.Shown != index || QuestionOf(run.Items.ElementAtOrDefault(index)) is null)
            {
                return Attempt.Done(new RefreshStep(StepKind.Stale, run, index));
            }

            var shown = run with { Shown = index + 1 };
            return Attempt.Write(new RefreshStep(StepKind.Ask, shown, index), write => store.TrySubmitAsync([TrainingStore.Put(learner with { Refresh = shown }, file.Learner.ETag)], write));
        }, cancellationToken);

    private TrainingQuestion? QuestionOf(ReviewItem? item) => item is null ? null : catalog.Find(item.ModuleId)?.Find(item.QuestionId);
}
