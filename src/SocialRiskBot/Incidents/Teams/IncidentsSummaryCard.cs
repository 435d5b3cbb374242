using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The risk committee's monthly look at incidents: counts by category and severity, median times, SLA breaches,
/// and training completion in the departments that owned the month's cases. Posted in the committee's channel
/// and shown to admins in personal chat, so it keeps to Adaptive Cards 1.2 and has no actions.
/// </summary>
public sealed record IncidentsSummaryCard(
    string Title,
    string Summary,
    IReadOnlyList<CardFact> Timings,
    bool HasCases,
    IReadOnlyList<CardFact> Categories,
    IReadOnlyList<CardFact> Severities,
    bool HasTraining,
    IReadOnlyList<CardFact> Training) : ICardModel
{
    public static string TemplateName => "incidents-summary";

    public static CardAudience Audience => CardAudience.Employee;
}
