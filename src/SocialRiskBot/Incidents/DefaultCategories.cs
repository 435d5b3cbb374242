using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>The categories used when configuration names none. Reporters read these on a phone, often worried: keep them short and kind.</summary>
internal static class DefaultCategories
{
    public static List<CategorySettings> Create() =>
    [
        Category(
            IncidentCategory.AccountCompromiseId,
            "A company account was hacked",
            "Someone else got into one of our social-media accounts, or its password was lost or shared.",
            "it-security",
            Severity.High,
            [],
            "Don't post from the account or answer anything it sends.",
            "Don't delete anything, even strange posts: they are evidence.",
            "IT security already has your report; keep Teams open in case they call."),
        Category(
            "impersonation",
            "Someone is pretending to be us",
            "A fake account or page is posing as the company or one of our leaders.",
            "it-security",
            Severity.Medium,
            [Cc("marketing")],
            "Don't follow, reply to or tag the fake account.",
            "Do keep the link and a screenshot that shows its name.",
            "Don't warn people publicly yet; we'll send one clear message."),
        Category(
            "phishing-scam",
            "A scam message or link",
            "Scam messages or links are aimed at our staff or customers, often using our name.",
            "it-security",
            Severity.Medium,
            [],
            "Don't click the link, open attachments or reply.",
            "Don't forward it to colleagues; this report is enough.",
            "Clicked it or typed a password? Change that password now."),
        Category(
            "confidential-leak",
            "Private information was posted",
            "Non-public business information or someone's personal data was posted where it shouldn't be.",
            "legal-compliance",
            Severity.High,
            [Cc("it-security", CcCondition.PersonalData)],
            "Don't share, repost or comment on it: that spreads it further.",
            "Don't download or copy the information; the link is enough.",
            "Don't contact whoever posted it; legal and compliance will."),
        Category(
            "offensive-post",
            "A colleague posted something offensive",
            "An employee posted something offensive or inappropriate, on a personal or a company account.",
            "hr",
            Severity.Medium,
            [Cc("communications", CcCondition.OfficialAccount)],
            "Don't reply, argue or share it, however tempting.",
            "Do keep the link; a screenshot helps if it disappears.",
            "Don't confront your colleague; HR will handle it fairly and in confidence."),
        Category(
            "negative-publicity",
            "Criticism of us is spreading",
            "Criticism of the company is going viral or drawing attention from the media.",
            "communications",
            Severity.Medium,
            [],
            "Don't reply or defend us online; one calm voice will answer.",
            "Don't talk to journalists; pass any request to communications.",
            "Do tell us if you see it turn up somewhere new."),
        Category(
            "customer-complaint",
            "A customer is complaining publicly",
            "A customer is complaining about us in public on social media.",
            "customer-care",
            Severity.Low,
            [],
            "Don't reply from your own account, even to help.",
            "Do keep the link so customer care can find the post."),
        Category(
            "wrong-post",
            "Something was posted by mistake",
            "A mistaken or unapproved post went out on one of our official accounts.",
            "marketing",
            Severity.Medium,
            [],
            "Don't edit or delete it on your own; marketing will decide how to put it right.",
            "Do keep a screenshot of the post as it is now."),
        Category(
            "vendor-issue",
            "An agency or vendor got it wrong",
            "An agency or vendor is mishandling our accounts or content.",
            "vendor-management",
            Severity.Medium,
            [Cc("marketing")],
            "Don't give the vendor new passwords or access for now.",
            "Do keep any emails or messages about it.",
            "Don't settle it with them yourself; vendor management will follow up."),
        Category(
            "harassment",
            "Someone is harassed online over work",
            "An employee is being harassed online because of their job with us.",
            "hr",
            Severity.High,
            [],
            "Don't answer the harasser; it rarely helps.",
            "Do keep screenshots that show dates and usernames.",
            "Do block them and make your profiles private if that helps you feel safer.",
            "If you feel in danger, call your local emergency number first."),
        Category(
            IncidentCategory.OtherId,
            "Something else",
            "Any other social-media problem that worries you.",
            DepartmentsOptions.RiskCommitteeId,
            Severity.Medium,
            [],
            "Don't reply, share or delete anything while we look into it.",
            "Do keep the link and a screenshot."),
    ];

    private static CategorySettings Category(string id, string label, string description, string owner, Severity severity, List<CcSettings> cc, params string[] advice) =>
        new() { Id = id, Label = label, Description = description, Owner = owner, Severity = severity.ToString(), Cc = cc, Advice = [.. advice] };

    private static CcSettings Cc(string department, CcCondition when = CcCondition.Always) => new() { Department = department, When = when.ToString() };
}
