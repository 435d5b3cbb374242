namespace SocialRiskBot.Faq;

/// <summary>The topics every FAQ entry belongs to; each must have at least one entry.</summary>
public static class FaqTopics
{
    public static IReadOnlyList<string> All { get; } =
    [
        "official-accounts", "personal-accounts", "confidential-info", "personal-data", "customer-complaints",
        "media-inquiries", "negative-posts", "hacked-account", "account-security", "phishing-dms",
        "impersonation", "photos-at-work", "vendors-agencies", "mistaken-post", "opinions-politics",
        "endorsements-disclosure", "online-harassment", "training-requirements", "how-to-report", "anonymous-reporting",
        "monitoring-privacy", "personal-use-at-work", "crisis-communication", "copyright-content", "events-livestreaming",
        "new-accounts", "leaving-company", "ai-generated-content", "regulated-disclosures", "employer-reviews",
    ];
}
