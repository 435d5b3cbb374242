using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Training;

/// <summary>
/// Runs a module as a small state machine kept in storage: start (or resume), answer one question at a time,
/// move on, finish with a score. Every step is one optimistic batch, so a double tap, a stale card or a parallel
/// submit changes nothing twice, and a restart resumes where the user left off.
/// </summary>
public sealed class QuizService(TrainingStore store, TrainingCatalog catalog, ReviewSchedule schedule, TimeProvider time)
{
    /// <summary>Resumes the module's attempt under way, or starts a new one (also when the content changed since).</summary>
    public async Task<QuizStep> StartAsync(string userKey, string moduleId, CancellationToken cancellationToken)
    {
        if (catalog.Find(moduleId) is not { } module)
        {
            return new QuizStep(StepKind.UnknownModule, null, null);
        }

        return await ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var progress = file.Module(module.Id);
            var current = progress.Value.CurrentAttemptId is { } id ? await store.GetAttemptAsync(userKey, module.Id, id, token).ConfigureAwait(false) : null;
            if (current is { Value: { IsFinished: false } running } && running.ContentVersion == module.Version)
            {
                var index = running.Answers.Count;
                var shown = running with { Shown = Math.Max(running.Shown, index + 1) };
                return Attempt.Write(new QuizStep(StepKind.Ask, module, shown, index), write => store.TrySubmitAsync([TrainingStore.Put(shown, current.ETag)], write));
            }

            var now = time.GetUtcNow();
            var attempt = new QuizAttempt(OutboxRows.NewId(now), userKey, module.Id, module.Version, [.. module.Questions.Select(q => q.Id)], [], 1, now, null, false);
            return Attempt.Write(
                new QuizStep(StepKind.Ask, module, attempt, 0, Restarted: current is { Value.IsFinished: false }),
                write => store.TrySubmitAsync([TrainingStore.Put(userKey, progress.Value with { CurrentAttemptId = attempt.Id }, progress.ETag), TrainingStore.Put(attempt, null)], write));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the answer to question <paramref name="index"/>; the last answer also finishes the attempt.</summary>
    public async Task<QuizStep> AnswerAsync(string userKey, string moduleId, string attemptId, int index, string? submitted, CancellationToken cancellationToken)
    {
        if (catalog.Find(moduleId) is not { } module)
        {
            return new QuizStep(StepKind.UnknownModule, null, null);
        }

        return await ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var stored = await store.GetAttemptAsync(userKey, module.Id, attemptId, token).ConfigureAwait(false);
            if (stored is not { Value: var attempt } || !IsCurrent(file, module, attempt) || attempt.Answers.Count != index || module.Find(attempt.QuestionIds[index]) is not { } question)
            {
                return Attempt.Done(new QuizStep(StepKind.Stale, module, stored?.Value, index));
            }

            if (ChosenAnswer.Read(question, submitted) is not { } chosen)
            {
                return Attempt.Done(new QuizStep(StepKind.NoChoice, module, attempt, index));
            }

            var now = time.GetUtcNow();
            var right = question.IsRight(chosen);
            var answered = attempt with { Answers = [.. attempt.Answers, new GivenAnswer(question.Id, chosen, right, now)] };
            var operations = new List<Storage.Tables.TableOperation>
            {
                TrainingStore.Put(userKey, schedule.After(file.Review(module.Id, question.Id), module.Id, question.Id, right, now)),
            };
            if (answered.Answers.Count == answered.QuestionIds.Count)
            {
                answered = answered with { FinishedAt = now, Passed = module.Passes(answered.Right, answered.QuestionIds.Count) };
                var progress = file.Module(module.Id);
                operations.Add(TrainingStore.Put(userKey, Finished(progress.Value, answered, now), progress.ETag));
            }

            operations.Add(TrainingStore.Put(answered, stored.ETag));
            return Attempt.Write(new QuizStep(StepKind.Answered, module, answered, index), write => store.TrySubmitAsync(operations, write));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After the feedback of question <paramref name="index"/> - 1: the next question, or the score once all are answered.</summary>
    public async Task<QuizStep> NextAsync(string userKey, string moduleId, string attemptId, int index, CancellationToken cancellationToken)
    {
        if (catalog.Find(moduleId) is not { } module)
        {
            return new QuizStep(StepKind.UnknownModule, null, null);
        }

        return await ReadChangeWrite.RunAsync(async token =>
        {
            var file = await store.LoadAsync(userKey, token).ConfigureAwait(false);
            var stored = await store.GetAttemptAsync(userKey, module.Id, attemptId, token).ConfigureAwait(false);
            if (stored is not { Value: var attempt })
            {
                return Attempt.Done(new QuizStep(StepKind.Stale, module, null, index));
            }

            if (attempt.IsFinished && index >= attempt.QuestionIds.Count)
            {
                return Attempt.Done(new QuizStep(StepKind.Finished, module, attempt, index));
            }

            if (!IsCurrent(file, module, attempt) || attempt.Answers.Count != index || attempt.Shown != index)
            {
                return Attempt.Done(new QuizStep(StepKind.Stale, module, attempt, index));
            }

            var shown = attempt with { Shown = index + 1 };
            return Attempt.Write(new QuizStep(StepKind.Ask, module, shown, index), write => store.TrySubmitAsync([TrainingStore.Put(shown, stored.ETag)], write));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A finished attempt, to show its score or the questions missed; null when there is no such attempt.</summary>
    public async Task<QuizStep> ResultAsync(string userKey, string moduleId, string attemptId, CancellationToken cancellationToken)
    {
        var stored = catalog.Find(moduleId) is null ? null : await store.GetAttemptAsync(userKey, moduleId, attemptId, cancellationToken).ConfigureAwait(false);
        return stored is { Value.IsFinished: true }
            ? new QuizStep(StepKind.Finished, catalog.Find(moduleId), stored.Value, stored.Value.QuestionIds.Count)
            : new QuizStep(StepKind.Stale, catalog.Find(moduleId), stored?.Value);
    }

    /// <summary>The attempt a card belongs to is the one under way, on the content as it is now.</summary>
    private static bool IsCurrent(LearnerFile file, TrainingModule module, QuizAttempt attempt) =>
        !attempt.IsFinished && file.Module(module.Id).Value.CurrentAttemptId == attempt.Id && attempt.ContentVersion == module.Version;

    /// <summary>
    /// The module's standing after a finished attempt. A pass is kept for good: a later, lower retake or a change
    /// of the content does not undo a completion.
    /// </summary>
    private static ModuleProgress Finished(ModuleProgress progress, QuizAttempt attempt, DateTimeOffset now) => progress with
    {
        CurrentAttemptId = null,
        Attempts = progress.Attempts + 1,
        LastPercent = attempt.Percent,
        LastFinishedAt = now,
        BestPercent = Math.Max(progress.BestPercent ?? 0, attempt.Percent),
        PassedAt = progress.PassedAt ?? (attempt.Passed ? now : null),
        PassedVersion = progress.PassedVersion ?? (attempt.Passed ? attempt.ContentVersion : null),
    };
}
