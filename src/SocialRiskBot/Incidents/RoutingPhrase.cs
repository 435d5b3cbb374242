using SocialRiskBot.Content;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Where a category's cases go, in words, from the same rules <see cref="IncidentRouter"/> applies: "goes to
/// Customer care, with Communications copied when journalists or lots of people are talking about it". Content shows
/// it for <c>{routing:id}</c>.
/// </summary>
public static class RoutingPhrase
{
    public static string Describe(IncidentCategory category, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(nameOf);
        var copied = category.Cc.Where(rule => rule.DepartmentId != category.OwnerId).ToList();

        // Each department once, with the conditions it is copied under (always wins), then departments that share them together.
        var groups = copied
            .GroupBy(rule => rule.DepartmentId, StringComparer.Ordinal)
            .Select(rules => (Department: rules.Key, When: rules.Any(r => r.When == CcCondition.Always) ? [CcCondition.Always] : rules.Select(r => r.When).Distinct().Order().ToList()))
            .GroupBy(copy => string.Join(',', copy.When), StringComparer.Ordinal)
            .OrderBy(group => group.First().When[0])
            .Select(group => $"{WordList.Of(group.Select(copy => nameOf(copy.Department)))} copied{Conditions(group.First().When)}")
            .ToList();
        var phrase = $"goes to {nameOf(category.OwnerId)}";
        if (groups.Count > 0)
        {
            phrase += ", with " + string.Join(", and ", groups);
        }

        var committee = DepartmentsOptions.RiskCommitteeId;
        if (category.DefaultSeverity == Severity.Critical && category.OwnerId != committee && copied.All(rule => rule.DepartmentId != committee))
        {
            var name = nameOf(committee);
            phrase += $", and {(name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name : "the " + name)} is alerted at once";
        }

        return phrase;
    }

    private static string Conditions(IReadOnlyList<CcCondition> when) =>
        when.Contains(CcCondition.Always) ? string.Empty : " when " + string.Join(", or when ", when.Select(Condition));

    private static string Condition(CcCondition when) => when switch
    {
        CcCondition.PersonalData => "personal data is involved",
        CcCondition.OfficialAccount => "one of our official accounts is involved",
        CcCondition.MediaAttention => "journalists or lots of people are talking about it",
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "Unknown cc condition."),
    };
}
