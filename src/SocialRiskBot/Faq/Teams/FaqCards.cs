using SocialRiskBot.Cards;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// An FAQ answer. <see cref="Answer"/> is curated markdown; <see cref="Typed"/> is what the employee typed (a TextRun).
/// Helpful / Not helpful submit <c>faq.feedback</c>; once answered the card is replaced with the thanks, or with
/// "Ask the policy team" (<c>faq.askteam</c>). Follow-ups submit <c>faq.show</c> with their entry id.
/// </summary>
public sealed record FaqAnswerCard(
    string QuestionId,
    string EntryId,
    bool HasTyped,
    string Typed,
    string Title,
    string Answer,
    string PolicyTitle,
    string PolicyLink,
    bool HasPolicyLink,
    bool HasFollowUps,
    IReadOnlyList<CardChoice> FollowUps,
    bool AskFeedback,
    bool SaidHelpful,
    bool SaidNotHelpful) : ICardModel
{
    public static string TemplateName => "faq-answer";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>"Did you mean…": up to three entries (<c>faq.show</c>), or "None of these" (<c>faq.none</c>).</summary>
public sealed record FaqDidYouMeanCard(string QuestionId, string Typed, IReadOnlyList<CardChoice> Suggestions) : ICardModel
{
    public static string TemplateName => "faq-did-you-mean";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The honest fallback: rephrase, browse topics (<c>faq.topics</c>) or ask the policy team (<c>faq.askteam</c>).</summary>
public sealed record FaqNoAnswerCard(string QuestionId, string Typed) : ICardModel
{
    public static string TemplateName => "faq-no-answer";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>Every topic, each in full on a row that submits <c>faq.topic</c> with its <c>topic</c>.</summary>
public sealed record FaqTopicsCard(IReadOnlyList<CardChoice> Topics) : ICardModel
{
    public static string TemplateName => "faq-topics";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>One topic's questions, each in full on a row that submits <c>faq.show</c>.</summary>
public sealed record FaqTopicCard(string Topic, string Title, IReadOnlyList<CardChoice> Questions) : ICardModel
{
    public static string TemplateName => "faq-topic";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>Replaces the card an employee asked the policy team from: where the question went.</summary>
public sealed record FaqAskedCard(string DepartmentName, string Typed) : ICardModel
{
    public static string TemplateName => "faq-asked";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The policy team's answer, relayed to the employee in personal chat; both texts are shown as typed.</summary>
public sealed record FaqTeamAnswerCard(string DepartmentName, string Typed, string Answer, string AnsweredBy) : ICardModel
{
    public static string TemplateName => "faq-team-answer";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>
/// An employee's question in the owning department's channel, with an <c>answer</c> box and "Send answer"
/// (<c>faq.answer</c>); once answered it shows the answer and who gave it instead.
/// </summary>
public sealed record FaqQuestionCard(
    string QuestionId,
    string DepartmentName,
    string AskerName,
    string AskedAt,
    string Question,
    bool HasGuess,
    string GuessTitle,
    bool IsAnswered,
    string Answer,
    string AnsweredBy,
    string AnsweredAt,
    string Notice = "") : ICardModel
{
    public bool HasNotice => Notice.Length > 0;

    public static string TemplateName => "faq-question";

    public static CardAudience Audience => CardAudience.Channel;
}

/// <summary>For content owners: what employees asked that the FAQ could not answer, grouped, and the policy teams' answers.</summary>
public sealed record FaqGapsCard(
    string Summary,
    bool HasGroups,
    IReadOnlyList<FaqGapsCard.Group> Groups,
    bool HasSuggestions,
    IReadOnlyList<FaqGapsCard.Suggestion> Suggestions) : ICardModel
{
    public static string TemplateName => "faq-gaps";

    public static CardAudience Audience => CardAudience.Employee;

    public sealed record Group(int Count, string Counts, IReadOnlyList<Example> Examples, string Advice);

    public sealed record Example(string Text);

    public sealed record Suggestion(string Question, string Answer, string Advice);
}
