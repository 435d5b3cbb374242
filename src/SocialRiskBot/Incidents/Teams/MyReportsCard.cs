using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>A reporter's latest cases and where each stands.</summary>
public sealed record MyReportsCard(bool HasReports, IReadOnlyList<MyReportsCard.Item> Reports) : ICardModel
{
    public static string TemplateName => "my-reports";

    public static CardAudience Audience => CardAudience.Employee;

    /// <param name="Files">"2 of 5", or "None yet".</param>
    /// <param name="IsOpen">Not resolved: it offers Add files (<c>report.files</c> with the case number).</param>
    public sealed record Item(string CaseNumber, string Category, string Status, string Reported, string Files, bool IsOpen);
}
