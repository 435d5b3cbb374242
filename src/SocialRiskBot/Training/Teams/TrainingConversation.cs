using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Profiles;
using SocialRiskBot.Telemetry;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Outreach;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// Training in personal chat: the module list, a quiz one card at a time (each answer replaces its card with the
/// feedback), the score, refreshers, and the reminder switch. Stale or repeated cards change nothing and say so.
/// </summary>
public sealed class TrainingConversation(
    QuizService quizzes,
    RefreshService refreshers,
    TrainingStore store,
    TrainingCatalog catalog,
    TrainingCardComposer composer,
    CardRenderer cards,
    SettingsService settings,
    DepartmentDirectory departments,
    WorkingHours hours,
    BotMetrics metrics,
    TimeProvider time)
{
    internal const string AlreadyAnswered = "You've already answered that question, so I kept your first answer. Type **train** to see where you are.";
    internal const string MovedOn = "You've already moved on from that card. Type **train** to see where you are.";
    internal const string PickFirst = "Please pick an answer first, then choose **Submit**.";
    internal const string UnknownModule = "I can't find that module any more; it may have been retired. Here are the modules there are now:";
    internal const string Restarted = "This module was updated since you started it, so we're starting it fresh. Your earlier answers are kept on record.";
    internal const string NoDepartmentChosen = "Choose your department from the list first, or tap **Skip** to leave it for now.";
    internal const string RemindersOff = "Done: I won't send you refresher reminders. Training your department assigns still gets a reminder before its due date. Type **start reminders** to turn them back on.";
    internal const string RemindersOn = "Done: I'll nudge you when refresher questions are due, at most once a day and only in working hours. Type **stop reminders** to turn them off.";

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var profile = await settings.GetAsync(UserNames.KeyOf(turn), cancellationToken).ConfigureAwait(false);
        var askDepartment = false;
        await TouchAsync(turn, learner =>
        {
            // Asked once: marked in the same write that keeps the name.
            askDepartment = profile.DepartmentId is null && !learner.DepartmentAsked && departments.All.Count > 0;
            return learner with { DepartmentAsked = learner.DepartmentAsked || askDepartment };
        }, cancellationToken).ConfigureAwait(false);
        if (askDepartment)
        {
            await turn.SendAsync(Replies.Card(cards.Render(DepartmentQuestion(profile.Version, string.Empty))), cancellationToken).ConfigureAwait(false);
            return;
        }

        await SendListAsync(turn, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>train.start</c>: the module's first question, or the list when the module is gone.</summary>
    public Task OnStartAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        StartAsync(turn, CardValues.Text(form, "module") ?? string.Empty, cancellationToken);

    /// <summary><c>train.answer</c>: the choice made on a quiz or refresher question, which becomes its feedback.</summary>
    public async Task OnAnswerAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var (key, module, run, index) = Position(turn, form);
        var choice = CardValues.Text(form, "choice");
        if (IsRefresher(form))
        {
            var answeredRefresh = await refreshers.AnswerAsync(key, run, index, choice, cancellationToken).ConfigureAwait(false);
            await ShowAnswerAsync(turn, answeredRefresh.Kind, refreshers.ViewOf(answeredRefresh.Run, index), cancellationToken).ConfigureAwait(false);
            return;
        }

        var answered = await quizzes.AnswerAsync(key, module, run, index, choice, cancellationToken).ConfigureAwait(false);
        await ShowAnswerAsync(turn, answered.Kind, answered.ViewOf(index), cancellationToken).ConfigureAwait(false);
        if (answered is { Kind: StepKind.Stale, Attempt: { } kept } && answered.ViewOf(index) is { Answer: not null } keptView)
        {
            // The pressed question is spent: it shows the answer kept, with Next while that is still the way on.
            await turn.ReplaceSubmittedCardAsync(Card(composer.Feedback(keptView, withNext: kept.Shown == index + 1)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><c>train.next</c>: from a question's feedback to the next question, or to the score or the refresher's end.</summary>
    public async Task OnNextAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var (key, module, run, index) = Position(turn, form);
        if (IsRefresher(form))
        {
            var nextRefresh = await refreshers.NextAsync(key, run, index, cancellationToken).ConfigureAwait(false);
            await ShowNextAsync(turn, nextRefresh.Kind, refreshers.ViewOf(nextRefresh.Run, index - 1), refreshers.ViewOf(nextRefresh.Run, index),
                () => Card(TrainingCardComposer.RefreshDone(nextRefresh.Run!, nextRefresh.NextDue)), cancellationToken).ConfigureAwait(false);
            return;
        }

        var next = await quizzes.NextAsync(key, module, run, index, cancellationToken).ConfigureAwait(false);
        if (next is { Kind: StepKind.Finished, Module: { } finished, Attempt: { } attempt })
        {
            metrics.TrainingCompleted(finished.Id, attempt.Passed);
        }

        await ShowNextAsync(turn, next.Kind, next.ViewOf(index - 1), next.ViewOf(index),
            () => Card(TrainingCardComposer.Score(next.Module!, next.Attempt!)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>train.missed</c>: the questions missed in a finished quiz.</summary>
    public Task OnMissedAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        ShowMissedAsync(turn, CardValues.Text(form, "module") ?? string.Empty, CardValues.Text(form, "run") ?? string.Empty, cancellationToken);

    /// <summary><c>train.refresh</c>: as the typed <c>refresh</c>.</summary>
    public Task OnRefreshAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) => RefreshAsync(turn, cancellationToken);

    /// <summary><c>train.reminders</c>: refresher reminders off (<c>module</c> "off") or on.</summary>
    public Task OnRemindersAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        SetRemindersAsync(turn, (CardValues.Text(form, "module") ?? string.Empty) != "off", cancellationToken);

    /// <summary><c>train.department</c>: the department chosen (or skipped) before the first module list.</summary>
    public Task OnDepartmentAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) => SaveDepartmentAsync(turn, form, cancellationToken);

    /// <summary>Any other <c>train.</c> button (from a card of an older version): the module list.</summary>
    public Task OnOtherAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) => SendListAsync(turn, null, cancellationToken);

    public async Task RefreshAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        await TouchAsync(turn, cancellationToken).ConfigureAwait(false);
        var step = await refreshers.StartAsync(UserNames.KeyOf(turn), cancellationToken).ConfigureAwait(false);
        if (step.Kind == StepKind.NothingDue)
        {
            await turn.SendAsync(Card(TrainingCardComposer.NothingDue(step.NextDue)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.SendAsync(Card(composer.Question(refreshers.ViewOf(step.Run, step.Index)!)), cancellationToken).ConfigureAwait(false);
    }

    public async Task SetRemindersAsync(TurnContext turn, bool on, CancellationToken cancellationToken)
    {
        await settings.SetRemindersAsync(UserNames.KeyOf(turn), on, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Replies.Text(on ? RemindersOn : RemindersOff), cancellationToken).ConfigureAwait(false);
    }

    private async Task StartAsync(TurnContext turn, string moduleId, CancellationToken cancellationToken)
    {
        await TouchAsync(turn, cancellationToken).ConfigureAwait(false);
        var step = await quizzes.StartAsync(UserNames.KeyOf(turn), moduleId, cancellationToken).ConfigureAwait(false);
        if (step.Kind == StepKind.UnknownModule)
        {
            await SendListAsync(turn, UnknownModule, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (step.Restarted)
        {
            await turn.SendAsync(Replies.Text(Restarted), cancellationToken).ConfigureAwait(false);
        }

        await turn.SendAsync(Card(composer.Question(step.ViewOf(step.Index)!)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>After Submit: the question card becomes its feedback, or a short word says why nothing changed.</summary>
    private async Task ShowAnswerAsync(TurnContext turn, StepKind kind, QuestionView? answered, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case StepKind.Answered:
                await turn.ReplaceSubmittedCardAsync(Card(composer.Feedback(answered!, withNext: true)), cancellationToken).ConfigureAwait(false);
                break;
            case StepKind.NoChoice:
                await turn.SendAsync(Replies.Text(PickFirst), cancellationToken).ConfigureAwait(false);
                break;
            case StepKind.UnknownModule:
                await SendListAsync(turn, UnknownModule, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await turn.SendAsync(Replies.Text(AlreadyAnswered), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>After Next: the feedback keeps its answer and explanation without the button, then the next question or the closing card.</summary>
    private async Task ShowNextAsync(TurnContext turn, StepKind kind, QuestionView? answered, QuestionView? next, Func<Activity> closing, CancellationToken cancellationToken)
    {
        if (kind is not (StepKind.Ask or StepKind.Finished))
        {
            await turn.SendAsync(Replies.Text(MovedOn), cancellationToken).ConfigureAwait(false);
            if (answered is { Answer: not null })
            {
                // The pressed feedback is spent: its answer and explanation stay, its Next goes.
                await turn.ReplaceSubmittedCardAsync(Card(composer.Feedback(answered, withNext: false)), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (answered is { Answer: not null })
        {
            await turn.ReplaceSubmittedCardAsync(Card(composer.Feedback(answered, withNext: false)), cancellationToken).ConfigureAwait(false);
        }

        await turn.SendAsync(kind == StepKind.Finished ? closing() : Card(composer.Question(next!)), cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowMissedAsync(TurnContext turn, string moduleId, string run, CancellationToken cancellationToken)
    {
        var step = await quizzes.ResultAsync(UserNames.KeyOf(turn), moduleId, run, cancellationToken).ConfigureAwait(false);
        if (step.Kind != StepKind.Finished)
        {
            await SendListAsync(turn, UnknownModule, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.SendAsync(Card(composer.Missed(step.Module!, step.Attempt!)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where a quiz or refresher card stands: the learner, the module, the run and the question's index.</summary>
    private static (string Key, string Module, string Run, int Index) Position(TurnContext turn, JsonElement form) => (
        UserNames.KeyOf(turn),
        CardValues.Text(form, "module") ?? string.Empty,
        CardValues.Text(form, "run") ?? string.Empty,
        CardValues.Number(form, "index") ?? -1);

    private static bool IsRefresher(JsonElement form) => CardValues.Text(form, "kind") == QuestionView.Refresh;

    private TrainingDepartmentCard DepartmentQuestion(int version, string notice) =>
        new(version, [.. departments.All.Select(d => new CardChoice(d.Id, d.Name))], notice);

    private async Task SaveDepartmentAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var skipped = CardValues.Text(form, "skip") == "true";
        var department = skipped ? null : CardValues.Text(form, "department");
        if (!skipped && departments.Find(department ?? string.Empty) is null)
        {
            await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(DepartmentQuestion(CardValues.Version(form) ?? 0, NoDepartmentChosen))), cancellationToken).ConfigureAwait(false);
            return;
        }

        string? intro = null;
        if (department is not null)
        {
            var key = UserNames.KeyOf(turn);
            var profile = await settings.GetAsync(key, cancellationToken).ConfigureAwait(false);
            var outcome = await settings.ChangeAsync(key, new SettingsChange(CardValues.Version(form), department, profile.RemindersOn), cancellationToken).ConfigureAwait(false);
            intro = outcome.Kind == SettingsOutcomeKind.Saved
                ? $"Thanks: you're in {departments.Find(department)?.Name}. You can change this with **settings**."
                : null;
        }

        await turn.ReplaceSubmittedCardAsync(Replies.Text(intro ?? "No problem. You can choose your department later with **settings**."), cancellationToken).ConfigureAwait(false);
        await SendListAsync(turn, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendListAsync(TurnContext turn, string? intro, CancellationToken cancellationToken)
    {
        var key = UserNames.KeyOf(turn);
        var file = await store.LoadAsync(key, cancellationToken).ConfigureAwait(false);
        var running = new Dictionary<string, QuizAttempt>(StringComparer.Ordinal);
        foreach (var (moduleId, progress) in file.Modules)
        {
            if (progress.Value.CurrentAttemptId is { } id && catalog.Find(moduleId) is { } module
                && await store.GetAttemptAsync(key, moduleId, id, cancellationToken).ConfigureAwait(false) is { Value: { IsFinished: false } attempt }
                && attempt.ContentVersion == module.Version)
            {
                running[moduleId] = attempt;
            }
        }

        var today = WorkingHours.Day(hours.LocalNow(turn.Activity.GetTimeZone()));
        var due = refreshers.Due(file, time.GetUtcNow());
        await turn.SendAsync(Card(composer.ModuleList(file, running, due, today, intro)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps the name reports show, and makes a user who talks to us again reachable again (with <paramref name="also"/> in the same write).</summary>
    private Task<Learner> TouchAsync(TurnContext turn, CancellationToken cancellationToken) => TouchAsync(turn, learner => learner, cancellationToken);

    private Task<Learner> TouchAsync(TurnContext turn, Func<Learner, Learner> also, CancellationToken cancellationToken) =>
        store.UpdateLearnerAsync(UserNames.KeyOf(turn), learner => also(learner) with
        {
            Name = string.IsNullOrWhiteSpace(turn.Activity.From?.Name) ? learner.Name : turn.Activity.From.Name,
            Unreachable = false,
        }, cancellationToken);

    private Activity Card<TModel>(TModel model)
        where TModel : ICardModel => Replies.Card(cards.Render(model));
}
