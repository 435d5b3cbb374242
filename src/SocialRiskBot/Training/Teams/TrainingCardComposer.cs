using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;

namespace SocialRiskBot.Training.Teams;

/// <summary>Turns training state into card models: the module list, questions, feedback, scores and notices.</summary>
public sealed class TrainingCardComposer(TrainingCatalog catalog, PlaceholderRenderer text)
{
    public static string Date(DateTimeOffset at) => at.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <param name="running">The attempts under way, by module id.</param>
    /// <param name="due">The refresher questions due now.</param>
    public TrainingModulesCard ModuleList(LearnerFile file, IReadOnlyDictionary<string, QuizAttempt> running, IReadOnlyList<ReviewItem> due, DateOnly today, string? intro) => new(
        due.Count > 0,
        due.Count > 0 ? $"{Count(due.Count, "refresher question")} {(due.Count == 1 ? "is" : "are")} due. It takes about {MinutesFor(due.Count)}." : string.Empty,
        intro is not null,
        intro ?? string.Empty,
        [.. catalog.Modules.Select(m => ModuleLine(m, file, running.GetValueOrDefault(m.Id), due.Any(r => r.ModuleId == m.Id), today))]);

    public TrainingQuestionCard Question(QuestionView view) => new(
        view.Module.Title,
        Progress(view),
        text.Markdown(view.Question.Stem),
        view.Question.IsMultipleChoice,
        [.. view.Question.Choices.Select(c => new CardChoice(c.Id, CardMarkdown.Plain(text.Plain(c.Text))))],
        view.Kind,
        view.Module.Id,
        view.Run,
        view.Index);

    /// <summary>An answered question; <paramref name="withNext"/> until its Next button has been pressed.</summary>
    public TrainingFeedbackCard Feedback(QuestionView view, bool withNext)
    {
        var (question, answer) = (view.Question, view.Answer!);
        return new TrainingFeedbackCard(
            view.Module.Title,
            Progress(view),
            text.Markdown(question.Stem),
            answer.Right,
            answer.Right ? "Right!" : "Not quite",
            Choices(question, answer.Chosen),
            !answer.Right,
            Choices(question, question.Correct),
            text.Markdown(question.Explanation),
            question.FaqTopic,
            FaqTopics.TitleOf(question.FaqTopic) ?? question.FaqTopic,
            withNext,
            !view.IsLast ? "Next question" : view.Kind == QuestionView.Quiz ? "See my score" : "Finish",
            view.Kind,
            view.Module.Id,
            view.Run,
            view.Index + 1);
    }

    public static TrainingScoreCard Score(TrainingModule module, QuizAttempt attempt) => new(
        module.Title,
        attempt.Passed,
        attempt.Passed ? "Passed" : "Not passed yet",
        $"{attempt.Right} of {attempt.QuestionIds.Count} right ({attempt.Percent}%)",
        attempt.Passed
            ? $"The pass mark is {module.PassMark}%. Well done! Some of these questions will come back as short refreshers over the next weeks, so they stick."
            : $"The pass mark is {module.PassMark}%. Have a look at the ones you missed, then try again: it only takes a few minutes.",
        attempt.Right < attempt.QuestionIds.Count,
        module.Id,
        attempt.Id,
        attempt.Passed ? "Take it again" : "Try again");

    public TrainingMissedCard Missed(TrainingModule module, QuizAttempt attempt) => new(
        $"{module.Title}: the ones you missed",
        [
            .. attempt.Answers.Where(a => !a.Right).Select(a => module.Find(a.QuestionId)).OfType<TrainingQuestion>().Select(q =>
            {
                var given = attempt.Answers.First(a => a.QuestionId == q.Id);
                return new TrainingMissedCard.Item(text.Markdown(q.Stem), Choices(q, given.Chosen), Choices(q, q.Correct), text.Markdown(q.Explanation));
            }),
        ],
        module.Id);

    /// <summary>Choices as one line, each rendered as the plain text it was shown as.</summary>
    private string Choices(TrainingQuestion question, IEnumerable<string> ids) => string.Join("; ", ids.Select(id => text.Plain(question.TextOf(id))));

    public static TrainingNoticeCard RefreshDone(RefreshRun run, DateTimeOffset? nextDue) => new(
        "Refresher done",
        $"You got {run.Answers.Count(a => a.Right)} of {run.Items.Count} right. "
            + (nextDue is { } due ? $"The next refresher questions come due on {Date(due)}; I'll give you a nudge." : "Questions you get wrong come back sooner; the ones you know come back later."),
        [new("All modules", "train", string.Empty)]);

    public static TrainingNoticeCard NothingDue(DateTimeOffset? nextDue) => new(
        "Nothing to refresh right now",
        nextDue is { } due
            ? $"Your next refresher questions come due on {Date(due)}. I'll give you a nudge then (in working hours, at most once a day)."
            : "Refreshers come from the modules you take: questions come back a few days later, sooner if you got them wrong. Start with a module.",
        [new("All modules", "train", string.Empty)]);

    /// <param name="departmentName">The department the module was assigned to; null when assigned to everyone.</param>
    public static TrainingNoticeCard Invitation(Campaign campaign, TrainingModule module, string? departmentName) => new(
        "New training for you",
        $"{campaign.AssignedByName ?? "The risk committee"} has asked {(departmentName is null ? "everyone" : $"everyone in {departmentName}")} to take **{module.Title}** by {Date(campaign.DueDate)}. It takes about {Count(module.Minutes, "minute")}: {module.Summary}",
        [new("Start now", "train.start", module.Id)]);

    public static TrainingNoticeCard Reminder(Invitation invitation, TrainingModule module, int daysLeft) => new(
        "Training reminder",
        $"**{module.Title}** is due {(daysLeft switch { 0 => "today", 1 => "tomorrow", _ => $"in {daysLeft} days" })} ({Date(invitation.DueDate)}). It takes about {Count(module.Minutes, "minute")}, and you can stop and carry on later.",
        [new("Start now", "train.start", module.Id)]);

    public static TrainingNoticeCard Nudge(int dueCount) => new(
        "Time for a quick refresher",
        $"{Count(dueCount, "question")} from your training {(dueCount == 1 ? "is" : "are")} due for a refresh. It takes about {MinutesFor(dueCount)}.",
        [new("Start refresher", "train.refresh", string.Empty), new("Stop these reminders", "train.reminders", "off")]);

    /// <summary>How long a refresher of <paramref name="questions"/> takes: about half a minute each.</summary>
    private static string MinutesFor(int questions) => Count(Math.Max(1, (questions + 1) / 2), "minute");

    public static string Count(int count, string unit) => $"{count} {unit}{(count == 1 ? string.Empty : "s")}";

    private static string Progress(QuestionView view) =>
        view.Kind == QuestionView.Refresh ? $"Refresher · question {view.Index + 1} of {view.Total}" : $"Question {view.Index + 1} of {view.Total}";

    private static TrainingModulesCard.Module ModuleLine(TrainingModule module, LearnerFile file, QuizAttempt? running, bool refresherDue, DateOnly today)
    {
        var progress = file.Module(module.Id).Value;
        var meta = $"About {Count(module.Minutes, "minute")} · {Count(module.Questions.Count, "question")}";
        var (status, button) = (progress, running) switch
        {
            (_, { } attempt) => ($"In progress: question {attempt.Answers.Count + 1} of {attempt.QuestionIds.Count}", "Continue"),
            ({ PassedAt: { } passed, BestPercent: var best }, _) when refresherDue => ($"Passed with {best}% on {Date(passed)} · refresher due", "Take again"),
            ({ PassedAt: { } passed, BestPercent: var best }, _) => ($"Passed with {best}% on {Date(passed)}", "Take again"),
            ({ LastPercent: { } last }, _) => ($"Not passed yet: last score {last}% (pass mark {module.PassMark}%)", "Try again"),
            _ => ("Not started", "Start"),
        };
        var assigned = progress.Passed ? null : file.Invitations.Values.Select(i => i.Value).Where(i => i.ModuleId == module.Id).OrderBy(i => i.DueDate).FirstOrDefault();
        var assignment = assigned is null
            ? string.Empty
            : assigned.DueDate < today ? $"Overdue: it was due by {Date(assigned.DueDate)}" : $"Assigned to you: due by {Date(assigned.DueDate)}";
        return new TrainingModulesCard.Module(module.Id, module.Title, meta, status, assigned is not null, assignment, button);
    }
}
