namespace SocialRiskBot.Cards;

/// <summary>A reporter's latest cases and where each stands.</summary>
public sealed record MyReportsCard(bool HasReports, IReadOnlyList<MyReportsCard.Item> Reports) : ICardModel
{
    public static string TemplateName => "my-reports";

    public static CardAudience Audience => CardAudience.Employee;

    public sealed record Item(string CaseNumber, string Category, string Status, string Reported);
}
