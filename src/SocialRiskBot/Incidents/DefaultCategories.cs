using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// The categories used when configuration names none. Reporters read these on a phone, often worried: keep them
/// short and kind. Advice names departments through placeholders (<c>{owner:id}</c>), so rerouting a category in
/// configuration changes what the reporter is told as well.
/// </summary>
internal static class DefaultCategories
{
    private const string Communications = "communications";

    public static List<CategorySettings> Create() =>
    [
        Category(
            IncidentCategory.AccountCompromiseId,
            "A company account was hacked",
            "Someone else got into one of our social-media accounts, or its password was lost or shared.",
            "it-security",
            Severity.High,
            [Cc(Communications, CcCondition.OfficialAccount), Media()],
            "Don't post from the account or answer anything it sends.",
            "Don't delete anything, even strange posts: they are evidence.",
            "{owner:account-compromise} already has your report; keep Teams open in case they call."),
        Category(
            "threat-safety",
            "Someone threatens violence or harm",
            "A post or message threatens violence or harm to our people, customers or sites.",
            "corporate-security",
            Severity.Critical,
            [Cc("hr"), Media()],
            "If anyone is in immediate danger, call your local emergency number first.",
            "Don't reply to or argue with whoever made the threat.",
            "Do keep the link and a screenshot that shows the date and the username.",
            "{owner:threat-safety} will contact you; keep your phone close."),
        Category(
            "impersonation",
            "Someone is pretending to be us",
            "A fake account or page is posing as the company or one of our leaders, often to fool customers.",
            "it-security",
            Severity.High,
            [Cc("marketing"), Media()],
            "Don't follow, reply to or tag the fake account.",
            "Do keep the link and a screenshot that shows its name.",
            "Don't warn people publicly yet; we'll send one clear message."),
        Category(
            "executive-deepfake",
            "A fake video or voice of our leaders",
            "A faked video, photo or cloned voice of one of our leaders is being shared or used to ask for something.",
            "it-security",
            Severity.High,
            [Cc(Communications)],
            "Don't pay, transfer or send anything it asks for, however urgent it sounds.",
            "Check any request with the person, on a number or channel you already know.",
            "Don't share or comment on the fake; the link and a screenshot are enough."),
        Category(
            "phishing-scam",
            "A scam message or link",
            "Scam messages or links are aimed at our staff or customers, often using our name.",
            "it-security",
            Severity.Medium,
            [Media()],
            "Don't click the link, open attachments or reply.",
            "Don't forward it to colleagues; this report is enough.",
            "Clicked it or typed a password? Change that password now."),
        Category(
            "confidential-leak",
            "Confidential information was posted",
            "Non-public business information, such as plans, prices, deals or client names, was posted where it shouldn't be.",
            "legal-compliance",
            Severity.High,
            [Cc("privacy", CcCondition.PersonalData), Media()],
            "Don't share, repost or comment on it: that spreads it further.",
            "Don't download or copy the information; the link is enough.",
            "Your own post? Take it down now. Someone else's? Don't contact them; {owner:confidential-leak} will."),
        WithNotificationClock(72, Category(
            "personal-data-breach",
            "Someone's personal data got out",
            "Personal data of customers, colleagues or anyone else was posted, sent or shown where it shouldn't be.",
            "privacy",
            Severity.High,
            [Cc("legal-compliance"), Media()],
            "Don't share, forward or download the data; the link or a description is enough.",
            "Your own post or message? Take it down or recall it now if you can.",
            "Report fast: {owner:personal-data-breach} may have 72 hours to tell the regulator.")),
        Category(
            "market-leak",
            "Market-sensitive news or rumours",
            "Results, deals or other price-sensitive news leaked online, or a rumour about them is spreading.",
            "legal-compliance",
            Severity.Critical,
            [Cc("investor-relations"), Cc(Communications)],
            "Don't comment, like or share it, even to deny it.",
            "Don't buy or sell our shares, or tell anyone else to.",
            "Do keep the link and note when you first saw it."),
        Category(
            "offensive-post",
            "A colleague posted something offensive",
            "An employee posted something offensive or inappropriate, on a personal or a company account.",
            "hr",
            Severity.Medium,
            [Cc(Communications, CcCondition.OfficialAccount), Media()],
            "Don't reply, argue or share it, however tempting.",
            "Do keep the link; a screenshot helps if it disappears.",
            "Don't confront your colleague; {owner:offensive-post} will handle it fairly and in confidence."),
        Category(
            "harassment",
            "Someone is harassed online over work",
            "An employee is being harassed online because of their job with us.",
            "hr",
            Severity.High,
            [Cc(Communications, CcCondition.OfficialAccount), Media()],
            "Don't answer the harasser; it rarely helps.",
            "Do keep screenshots that show dates and usernames.",
            "Do block them and make your profiles private if that helps you feel safer.",
            "If you feel in danger, call your local emergency number first."),
        Category(
            "doxxing",
            "A colleague's private details are out",
            "Someone posted a colleague's home address, phone number or family details to target them.",
            "corporate-security",
            Severity.High,
            [Cc("hr"), Cc("privacy"), Media()],
            "If anyone is in danger, call your local emergency number first.",
            "Don't share the post, even to warn people: it spreads the details.",
            "Do keep the link and a screenshot, and report the post to the platform too."),
        Category(
            "negative-publicity",
            "Criticism of us is spreading",
            "Criticism of the company is going viral or drawing attention from the media.",
            Communications,
            Severity.High,
            [],
            "Don't reply or defend us online; one calm voice will answer.",
            "Don't talk to journalists; pass any request to {owner:negative-publicity}.",
            "Do tell us if you see it turn up somewhere new."),
        Category(
            "customer-complaint",
            "A customer is complaining publicly",
            "A customer is complaining about us in public on social media.",
            "customer-care",
            Severity.Low,
            [Media()],
            "Don't reply from your own account, even to help.",
            "Do keep the link so {owner:customer-complaint} can find the post."),
        Category(
            "wrong-post",
            "Something was posted by mistake",
            "A mistaken or unapproved post went out on one of our official accounts.",
            "marketing",
            Severity.Medium,
            [Media()],
            "Wrong fact, price or offer? Screenshot it, but don't delete it; {owner:wrong-post} decides the fix.",
            "Meant for another account? Screenshot it, then take it down.",
            "Personal data or secrets in it? Take it down now; don't keep copies."),
        Category(
            "vendor-issue",
            "An agency or vendor got it wrong",
            "An agency or vendor is mishandling our accounts or content.",
            "vendor-management",
            Severity.Medium,
            [Cc("marketing"), Media()],
            "Don't give the vendor new passwords or access for now.",
            "Do keep any emails or messages about it.",
            "Don't settle it with them yourself; {owner:vendor-issue} will follow up."),
        Category(
            IncidentCategory.OtherId,
            "Something else",
            "Any other social-media problem that worries you.",
            DepartmentsOptions.RiskCommitteeId,
            Severity.Medium,
            [Media()],
            "Don't reply, share or delete anything while we look into it.",
            "Do keep the link and a screenshot."),
    ];

    private static CategorySettings Category(string id, string label, string description, string owner, Severity severity, List<CcSettings> cc, params string[] advice) =>
        new() { Id = id, Label = label, Description = description, Owner = owner, Severity = severity.ToString(), Cc = cc, Advice = [.. advice] };

    /// <summary>A legal clock on the case card, counted from the report (a personal-data breach: 72 hours under the GDPR).</summary>
    private static CategorySettings WithNotificationClock(int hours, CategorySettings category)
    {
        category.NotificationHours = hours;
        return category;
    }

    private static CcSettings Cc(string department, CcCondition when = CcCondition.Always) => new() { Department = department, When = when.ToString() };

    /// <summary>Communications hears of any case that journalists or crowds are already talking about.</summary>
    private static CcSettings Media() => Cc(Communications, CcCondition.MediaAttention);
}
