namespace SocialRiskBot.Organization;

/// <summary>The <c>Departments</c> list of configuration; the cross-department risk committee always exists.</summary>
public sealed class DepartmentsOptions
{
    public const string RiskCommitteeId = "risk-committee";

    public List<DepartmentSettings> Departments { get; set; } = [];

    /// <summary>When configuration names none: the departments that own social-media risks in most companies.</summary>
    public static IReadOnlyList<DepartmentSettings> Defaults { get; } =
    [
        new() { Id = "it-security", Name = "IT security", Remit = "account access, passwords and MFA, hacked accounts, scams and fake accounts" },
        new() { Id = "legal-compliance", Name = "Legal & compliance", Remit = "confidential information, contracts, copyright, advertising and securities rules" },
        new() { Id = "hr", Name = "HR", Remit = "conduct, harassment and support for colleagues, training records" },
        new() { Id = "communications", Name = "Communications", Remit = "what the company says in public, journalists and crises" },
        new() { Id = "customer-care", Name = "Customer care", Remit = "customers' questions and complaints on social media" },
        new() { Id = "marketing", Name = "Marketing", Remit = "brand accounts, campaigns, creators and what we post" },
        new() { Id = "vendor-management", Name = "Vendor management", Remit = "agencies and freelancers who touch our accounts" },
        new() { Id = "corporate-security", Name = "Corporate security", Remit = "threats, people's physical safety and doxxing" },
        new() { Id = "privacy", Name = "Privacy & data protection", Remit = "personal data, data breaches and people's privacy requests" },
        new() { Id = "investor-relations", Name = "Investor relations", Remit = "shareholders, analysts and market-sensitive news" },
        new() { Id = RiskCommitteeId, Name = "Social-media risk committee", Remit = "brings the departments together, keeps the account registry and this policy, and takes what has no other owner" },
    ];
}
