namespace SocialRiskBot.Organization;

/// <summary>The <c>Departments</c> list of configuration; the cross-department risk committee always exists.</summary>
public sealed class DepartmentsOptions
{
    public const string RiskCommitteeId = "risk-committee";

    public List<DepartmentSettings> Departments { get; set; } = [];

    /// <summary>When configuration names none: the departments that own social-media risks in most companies.</summary>
    public static IReadOnlyList<DepartmentSettings> Defaults { get; } =
    [
        new() { Id = "it-security", Name = "IT security" },
        new() { Id = "legal-compliance", Name = "Legal & compliance" },
        new() { Id = "hr", Name = "HR" },
        new() { Id = "communications", Name = "Communications" },
        new() { Id = "customer-care", Name = "Customer care" },
        new() { Id = "marketing", Name = "Marketing" },
        new() { Id = "vendor-management", Name = "Vendor management" },
        new() { Id = RiskCommitteeId, Name = "Social-media risk committee" },
    ];
}
