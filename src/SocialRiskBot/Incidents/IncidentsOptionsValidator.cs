using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Each category well-formed, ids and labels unique, owners and cc's configured departments, and <c>other</c>
/// present. A bad category stops startup: a report routed to nobody is worse than a bot that does not start.
/// </summary>
public sealed class IncidentsOptionsValidator(IOptions<DepartmentsOptions> departments) : IValidateOptions<IncidentsOptions>
{
    private const string Path = $"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.Categories)}";
    private const int MinAdvice = 2;
    private const int MaxAdvice = 4;
    private const int MaxAdviceLength = 120;

    public ValidateOptionsResult Validate(string? name, IncidentsOptions options)
    {
        var known = departments.Value.Departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < options.Categories.Count; i++)
        {
            failures.AddRange(Problems(options.Categories[i], known).Select(p => $"{Path}:{i}:{p}"));
        }

        failures.AddRange(Repeated(options.Categories, c => c.Id).Select(id => $"{Path}: the id '{id}' is used more than once."));
        failures.AddRange(Repeated(options.Categories, c => c.Label).Select(label => $"{Path}: the label '{label}' is used more than once; reporters could not tell the buttons apart."));
        if (options.Categories.All(c => c.Id != IncidentCategory.OtherId))
        {
            failures.Add($"{Path}: '{IncidentCategory.OtherId}' must exist, so that every mishap can be reported.");
        }

        if (options.RetentionDays is < 1 or > 3650)
        {
            failures.Add($"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.RetentionDays)} must be 1 to 3650 days (it is {options.RetentionDays}).");
        }

        if (options.PurgeInterval < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.PurgeInterval)} must be at least a minute (it is {options.PurgeInterval}).");
        }

        if (options.TrainingDueDays is < 1 or > 365)
        {
            failures.Add($"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.TrainingDueDays)} must be 1 to 365 days (it is {options.TrainingDueDays}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Problems(CategorySettings category, HashSet<string> departments)
    {
        foreach (var error in Annotations(category))
        {
            yield return error;
        }

        if (!string.IsNullOrWhiteSpace(category.Severity) && !EnumSetting.TryParse<Severity>(category.Severity, out _))
        {
            yield return $"Severity: '{category.Severity}' is not Low, Medium, High or Critical.";
        }

        if (!string.IsNullOrEmpty(category.Owner) && !departments.Contains(category.Owner))
        {
            yield return $"Owner: unknown department '{category.Owner}'.";
        }

        for (var c = 0; c < category.Cc.Count; c++)
        {
            foreach (var problem in CcProblems(category.Cc[c], departments))
            {
                yield return $"Cc:{c}:{problem}";
            }
        }

        foreach (var problem in AdviceProblems(category.Advice))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> CcProblems(CcSettings cc, HashSet<string> departments)
    {
        if (string.IsNullOrEmpty(cc.Department))
        {
            yield return "Department: name the department to cc.";
        }
        else if (!departments.Contains(cc.Department))
        {
            yield return $"Department: unknown department '{cc.Department}'.";
        }

        if (!EnumSetting.TryParse<CcCondition>(cc.When, out _))
        {
            yield return $"When: '{cc.When}' is not Always, PersonalData, OfficialAccount or MediaAttention.";
        }
    }

    private static IEnumerable<string> AdviceProblems(List<string> advice)
    {
        if (advice.Count is < MinAdvice or > MaxAdvice)
        {
            yield return $"Advice: give {MinAdvice} to {MaxAdvice} short do/don't lines; there are {advice.Count}.";
        }

        for (var a = 0; a < advice.Count; a++)
        {
            if (string.IsNullOrWhiteSpace(advice[a]))
            {
                yield return $"Advice:{a}: a line is empty.";
            }
            else if (advice[a].Length > MaxAdviceLength)
            {
                yield return $"Advice:{a}: at most {MaxAdviceLength} characters, so it reads at a glance on a phone; this one has {advice[a].Length}.";
            }
        }
    }

    private static IEnumerable<string> Annotations(CategorySettings category)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(category, new ValidationContext(category), errors, validateAllProperties: true);
        return errors.Select(e => $"{string.Join(",", e.MemberNames)}: {e.ErrorMessage}");
    }

    private static IEnumerable<string> Repeated(IEnumerable<CategorySettings> categories, Func<CategorySettings, string> key) =>
        categories.Select(key).Where(k => !string.IsNullOrEmpty(k))
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
