namespace SocialRiskBot.Training;

/// <summary>One answer as given: the chosen choice ids, whether that was right, and when.</summary>
public sealed record GivenAnswer(string QuestionId, IReadOnlyList<string> Chosen, bool Right, DateTimeOffset At);

/// <summary>
/// One go at a module, kept as evidence: the content version it was taken on, every answer, the score. While it
/// runs it is also the quiz's state: <see cref="Answers"/> counts the questions answered and <see cref="Shown"/>
/// the questions sent, so a stale or repeated card is recognised and changes nothing.
/// </summary>
public sealed record QuizAttempt(
    string Id,
    string UserKey,
    string ModuleId,
    string ContentVersion,
    IReadOnlyList<string> QuestionIds,
    IReadOnlyList<GivenAnswer> Answers,
    int Shown,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool Passed)
{
    public bool IsFinished => FinishedAt is not null;

    public int Right => Answers.Count(a => a.Right);

    public int Percent => QuestionIds.Count == 0 ? 0 : Right * 100 / QuestionIds.Count;
}

/// <summary>Where a user stands with a module: the attempt under way, and the best of the finished ones.</summary>
public sealed record ModuleProgress(
    string ModuleId,
    string? CurrentAttemptId,
    int Attempts,
    int? LastPercent,
    DateTimeOffset? LastFinishedAt,
    int? BestPercent,
    DateTimeOffset? PassedAt,
    string? PassedVersion)
{
    public static ModuleProgress New(string moduleId) => new(moduleId, null, 0, null, null, null, null, null);

    public bool Passed => PassedAt is not null;
}

/// <summary>A question's place in the spaced-review schedule (a Leitner box) and when it is next due.</summary>
public sealed record ReviewItem(string ModuleId, string QuestionId, int Box, DateTimeOffset DueAt, DateTimeOffset LastAnsweredAt);

/// <summary>A refresher under way: up to five due questions across modules.</summary>
public sealed record RefreshRun(string Id, IReadOnlyList<ReviewItem> Items, IReadOnlyList<GivenAnswer> Answers, int Shown, DateTimeOffset StartedAt);

/// <summary>
/// The user as training knows them: their name (for reports), whether they were asked their department, whether
/// Teams refused our messages (blocked or uninstalled), the local day of the last reminder, and a refresher under way.
/// </summary>
public sealed record Learner(string UserKey, string? Name, bool DepartmentAsked, bool Unreachable, string? LastNudgeDay, RefreshRun? Refresh)
{
    public static Learner New(string userKey) => new(userKey, null, false, false, null, null);
}

/// <summary>An invitation to an assigned module, with the reminders already sent (days before the due date).</summary>
public sealed record Invitation(string CampaignId, string ModuleId, DateOnly DueDate, DateTimeOffset InvitedAt, IReadOnlyList<int> RemindersSent);
