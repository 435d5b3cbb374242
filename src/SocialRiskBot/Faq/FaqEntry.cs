namespace SocialRiskBot.Faq;

/// <summary>One curated answer: the question as the policy puts it, how people really ask it, and where it comes from.</summary>
public sealed record FaqEntry(
    string Id,
    string Topic,
    string Question,
    IReadOnlyList<string> Alternates,
    string Answer,
    string PolicyTitle,
    string PolicyLink,
    string Owner,
    IReadOnlyList<string> FollowUps,
    IReadOnlyList<string> Tags)
{
    public const int MaxAnswer = 1200;
    public const int MinAlternates = 3;
}
