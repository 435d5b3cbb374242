namespace SocialRiskBot.Incidents;

/// <summary>Where the incident happened: the platforms people name most, and "other".</summary>
public static class Platforms
{
    public const string OtherId = "other";

    public static IReadOnlyList<(string Id, string Name)> All { get; } =
    [
        ("x", "X (Twitter)"),
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("tiktok", "TikTok"),
        ("youtube", "YouTube"),
        ("reddit", "Reddit"),
        ("threads", "Threads"),
        ("snapchat", "Snapchat"),
        ("whatsapp", "WhatsApp"),
        ("telegram", "Telegram"),
        ("discord", "Discord"),
        ("glassdoor", "Glassdoor"),
        ("review-site", "A review site (Google, Trustpilot…)"),
        (OtherId, "Somewhere else"),
    ];

    public static string? NameOf(string? id) => All.FirstOrDefault(p => p.Id == id).Name;
}
