namespace SocialRiskBot.Faq;

/// <summary>The topics every FAQ entry belongs to (each must have at least one entry), with the title people browse by.</summary>
public static class FaqTopics
{
    private static readonly (string Id, string Title)[] Topics =
    [
        ("official-accounts", "Posting for the company"),
        ("personal-accounts", "Your personal accounts"),
        ("confidential-info", "Confidential information"),
        ("personal-data", "Personal data and screenshots"),
        ("customer-complaints", "Customers complaining online"),
        ("media-inquiries", "Journalists and media requests"),
        ("negative-posts", "Criticism of the company"),
        ("hacked-account", "A company account is hacked"),
        ("account-security", "Account security and access"),
        ("phishing-dms", "Suspicious messages and links"),
        ("impersonation", "Fake accounts and impersonation"),
        ("photos-at-work", "Photos and videos at work"),
        ("vendors-agencies", "Agencies and vendors"),
        ("mistaken-post", "Posted something by mistake"),
        ("opinions-politics", "Opinions, politics and controversy"),
        ("endorsements-disclosure", "Promoting our products"),
        ("online-harassment", "Online harassment"),
        ("training-requirements", "Required training"),
        ("how-to-report", "How to report a problem"),
        ("anonymous-reporting", "Reporting anonymously"),
        ("monitoring-privacy", "What the company monitors"),
        ("personal-use-at-work", "Social media during work"),
        ("crisis-communication", "Who speaks in a crisis"),
        ("copyright-content", "Images, music and memes"),
        ("events-livestreaming", "Events and livestreams"),
        ("new-accounts", "Opening a company account"),
        ("leaving-company", "Leaving the company"),
        ("ai-generated-content", "AI-generated content"),
        ("regulated-disclosures", "Market-sensitive information"),
        ("employer-reviews", "Reviews of the company"),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Topics.Select(t => t.Id)];

    /// <summary>The title of a topic, or null when <paramref name="id"/> is not one.</summary>
    public static string? TitleOf(string? id) => Topics.FirstOrDefault(t => t.Id == id).Title;

    /// <summary>The topics in the order people browse them: by title.</summary>
    public static IEnumerable<(string Id, string Title)> ByTitle => Topics.OrderBy(t => t.Title, StringComparer.Ordinal);
}
