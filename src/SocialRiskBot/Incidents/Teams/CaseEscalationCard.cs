using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The risk committee's alert that a case missed its acknowledgement or resolution target, with a link to the
/// case card in the owner's channel when Teams has told us where it landed.
/// </summary>
public sealed record CaseEscalationCard(
    string CaseNumber,
    string CategoryLabel,
    string Severity,
    string Missed,
    string OwnerName,
    string Status,
    string Reported,
    string Deadline,
    string WhereToAct,
    bool HasCaseLink,
    string CaseLink) : ICardModel
{
    public static string TemplateName => "case-escalation";

    public static CardAudience Audience => CardAudience.Channel;
}
