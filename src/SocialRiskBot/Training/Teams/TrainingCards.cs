using SocialRiskBot.Cards;

namespace SocialRiskBot.Training.Teams;

/// <summary>A button that submits <c>{ command, module }</c>.</summary>
public sealed record TrainingButton(string Title, string Command, string Module);

/// <summary>
/// <c>train</c>: refreshers due (if any), then every module with the user's standing and one button (Start,
/// Continue, Retake, Take again) that submits <c>train.start</c>.
/// </summary>
public sealed record TrainingModulesCard(bool HasDue, string DueText, bool HasIntro, string Intro, IReadOnlyList<TrainingModulesCard.Module> Modules) : ICardModel
{
    public static string TemplateName => "training-modules";

    public static CardAudience Audience => CardAudience.Employee;

    /// <param name="Status">Where the person stands, in words (in the default text colour: green or yellow text is hard to read).</param>
    public sealed record Module(string Id, string Title, string Meta, string Status, bool HasAssignment, string Assignment, string ButtonTitle);
}

/// <summary>
/// Asked once, on the first <c>train</c>: the user's department (<c>train.department</c>, with the profile version), or Skip.
/// Continue with none chosen brings it back with <see cref="Notice"/> (it does not count as Skip).
/// </summary>
public sealed record TrainingDepartmentCard(int Version, IReadOnlyList<CardChoice> Departments, string Notice = "") : ICardModel
{
    public bool HasNotice => Notice.Length > 0;

    public static string TemplateName => "training-department";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>
/// One question: the scenario, the choices (expanded; several can be picked when more than one is right) and
/// Submit (<c>train.answer</c> with the run, module and index, so a stale card is recognised).
/// </summary>
public sealed record TrainingQuestionCard(
    string Heading,
    string Progress,
    string Stem,
    bool IsMultiSelect,
    IReadOnlyList<CardChoice> Choices,
    string Kind,
    string Module,
    string Run,
    int Index) : ICardModel
{
    public static string TemplateName => "training-question";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>
/// A question once answered (it replaces the question card): the answer given marked right or wrong, the right
/// answer when it was wrong, why, a link to the FAQ topic, and Next (<c>train.next</c>) until it has been pressed.
/// </summary>
public sealed record TrainingFeedbackCard(
    string Heading,
    string Progress,
    string Stem,
    bool Right,
    string Verdict,
    string YourAnswer,
    bool HasCorrectAnswer,
    string CorrectAnswer,
    string Explanation,
    string Topic,
    string TopicTitle,
    bool HasNext,
    string NextTitle,
    string Kind,
    string Module,
    string Run,
    int Index) : ICardModel
{
    public static string TemplateName => "training-feedback";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The end of a module: the score, passed or not against the pass mark, and the way on.</summary>
public sealed record TrainingScoreCard(
    string Title,
    bool Passed,
    string Verdict,
    string Score,
    string Detail,
    bool HasMissed,
    string Module,
    string Attempt,
    string AgainTitle) : ICardModel
{
    public static string TemplateName => "training-score";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>"Review the ones you missed": each missed question with the answer given, the right one and why.</summary>
public sealed record TrainingMissedCard(string Title, IReadOnlyList<TrainingMissedCard.Item> Items, string Module) : ICardModel
{
    public static string TemplateName => "training-missed";

    public static CardAudience Audience => CardAudience.Employee;

    public sealed record Item(string Stem, string YourAnswer, string CorrectAnswer, string Explanation);
}

/// <summary>
/// A short training message with up to two buttons: an invitation, a due-date reminder, a refresher nudge, the
/// end of a refresher, or "nothing due".
/// </summary>
public sealed record TrainingNoticeCard(string Heading, string Text, IReadOnlyList<TrainingButton> Buttons) : ICardModel
{
    public static string TemplateName => "training-notice";

    public static CardAudience Audience => CardAudience.Employee;
}
