using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Organization;

/// <summary>Each department well-formed, ids unique, and the risk committee present.</summary>
public sealed class DepartmentsOptionsValidator : IValidateOptions<DepartmentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DepartmentsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Departments.Count; i++)
        {
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(options.Departments[i], new ValidationContext(options.Departments[i]), errors, validateAllProperties: true))
            {
                failures.AddRange(errors.Select(e => $"Departments:{i}: {e.ErrorMessage}"));
            }
        }

        failures.AddRange(options.Departments.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Departments: the id '{g.Key}' is used more than once."));
        if (options.Departments.All(d => d.Id != DepartmentsOptions.RiskCommitteeId))
        {
            failures.Add($"Departments: '{DepartmentsOptions.RiskCommitteeId}' must exist (it receives whatever has no other owner).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
