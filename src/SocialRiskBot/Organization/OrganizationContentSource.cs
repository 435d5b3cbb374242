using SocialRiskBot.Content;

namespace SocialRiskBot.Organization;

/// <summary>The configured departments as content names them; every one but the committee itself sits on the risk committee.</summary>
public sealed class OrganizationContentSource(IReadOnlyList<Department> departments) : IContentSource
{
    public IEnumerable<DepartmentName> Departments =>
        departments.Select(d => new DepartmentName(d.Id, d.Name, d.Remit, OnCommittee: d.Id != DepartmentsOptions.RiskCommitteeId));
}
