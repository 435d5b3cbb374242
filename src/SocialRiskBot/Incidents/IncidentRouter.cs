using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Decides who hears about a case. Pure: a reroute is the same question asked with the new owner
/// (<c>category with { OwnerId = … }</c>), a severity change the same question with the new severity.
/// </summary>
public static class IncidentRouter
{
    public static RoutingPlan Plan(IncidentCategory category, IncidentFacts facts, Severity severity)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(facts);

        string[] cc = [.. category.Cc
            .Where(rule => Applies(rule.When, facts))
            .Select(rule => rule.DepartmentId)
            .Where(id => !string.Equals(id, category.OwnerId, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)];
        var riskCommittee = severity == Severity.Critical
            && !string.Equals(category.OwnerId, DepartmentsOptions.RiskCommitteeId, StringComparison.Ordinal)
            && !cc.Contains(DepartmentsOptions.RiskCommitteeId, StringComparer.Ordinal);
        return new RoutingPlan(category.OwnerId, cc, riskCommittee);
    }

    private static bool Applies(CcCondition when, IncidentFacts facts) => when switch
    {
        CcCondition.Always => true,
        CcCondition.PersonalData => facts.PersonalData,
        CcCondition.OfficialAccount => facts.OfficialAccount,
        CcCondition.MediaAttention => facts.MediaAttention,
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "Unknown cc condition."),
    };
}
