using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// A responder's question, relayed to the reporter in personal chat. Until answered it has an Input.Text
/// <c>answer</c> and Send (<c>relay.answer</c> with the case and question id); once answered it is replaced in
/// place with the answer shown. The question and answer are shown as TextRuns.
/// </summary>
public sealed record RelayQuestionCard(
    string CaseNumber,
    string QuestionId,
    string AskedBy,
    string OwnerName,
    string Question,
    bool IsAnonymous,
    bool IsAnswered,
    string Answer) : ICardModel
{
    public static string TemplateName => "relay-question";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The reporter's answer, posted in the case thread for the responders; the texts are shown as TextRuns.</summary>
public sealed record RelayAnswerCard(string CaseNumber, string AskedBy, string Question, string AnsweredBy, string Answer) : ICardModel
{
    public static string TemplateName => "relay-answer";

    public static CardAudience Audience => CardAudience.Channel;
}
