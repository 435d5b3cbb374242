using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>Which departments hear about a case, each once.</summary>
/// <param name="OwnerId">The department whose channel gets the case card and works the case.</param>
/// <param name="CcIds">Departments that get a short linked notice; never the owner.</param>
/// <param name="NotifyRiskCommittee">
/// The risk committee gets a critical-case notice too; false when it already owns the case or is cc'd.
/// </param>
public sealed record RoutingPlan(string OwnerId, IReadOnlyList<string> CcIds, bool NotifyRiskCommittee)
{
    /// <summary>Every department notified, owner first, each once.</summary>
    public IEnumerable<string> Departments =>
        NotifyRiskCommittee ? [OwnerId, .. CcIds, DepartmentsOptions.RiskCommitteeId] : [OwnerId, .. CcIds];
}
