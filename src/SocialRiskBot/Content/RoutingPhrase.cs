using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Content;

/// <summary>
/// Where a category's cases go, in words, from the same rules <see cref="IncidentRouter"/> applies: "goes to
/// Customer care, with Communications copied when journalists or lots of people are talking about it".
/// </summary>
public static class RoutingPhrase
{
    public static string Describe(IncidentCategory category, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(nameOf);
        var copied = category.Cc.Where(rule => rule.DepartmentId != category.OwnerId).ToList();
        var always = copied.Where(rule => rule.When == CcCondition.Always).Select(rule => rule.DepartmentId).ToHashSet(StringComparer.Ordinal);
        var groups = copied
            .Where(rule => rule.When == CcCondition.Always || !always.Contains(rule.DepartmentId))
            .GroupBy(rule => rule.When)
            .OrderBy(group => group.Key)
            .Select(group => $"{List(group.Select(rule => nameOf(rule.DepartmentId)).Distinct(StringComparer.Ordinal))} copied{Condition(group.Key)}")
            .ToList();
        var phrase = $"goes to {nameOf(category.OwnerId)}";
        if (groups.Count > 0)
        {
            phrase += ", with " + string.Join(", and ", groups);
        }

        var committee = DepartmentsOptions.RiskCommitteeId;
        if (category.DefaultSeverity == Severity.Critical && category.OwnerId != committee && copied.All(rule => rule.DepartmentId != committee))
        {
            phrase += $", and {nameOf(committee)} is alerted at once";
        }

        return phrase;
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }

    private static string Condition(CcCondition when) => when switch
    {
        CcCondition.Always => string.Empty,
        CcCondition.PersonalData => " when personal data is involved",
        CcCondition.OfficialAccount => " when one of our official accounts is involved",
        CcCondition.MediaAttention => " when journalists or lots of people are talking about it",
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "Unknown cc condition."),
    };
}
