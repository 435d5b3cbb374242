using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Organization;

/// <summary>
/// Each department well-formed, ids unique, and the risk committee present. Teams ids and responders are
/// optional (local development has none), but when given they must be usable.
/// </summary>
public sealed partial class DepartmentsOptionsValidator : IValidateOptions<DepartmentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DepartmentsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Departments.Count; i++)
        {
            var department = options.Departments[i];
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(department, new ValidationContext(department), errors, validateAllProperties: true))
            {
                failures.AddRange(errors.Select(e => $"Departments:{i}: {e.ErrorMessage}"));
            }

            failures.AddRange(TeamsProblems(department).Select(p => $"Departments:{i}:{p}"));
            failures.AddRange(ResponderProblems(department).Select(p => $"Departments:{i}:{p}"));
        }

        failures.AddRange(options.Departments.GroupBy(d => d.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Departments: the id '{g.Key}' is used more than once."));
        if (options.Departments.All(d => d.Id != DepartmentsOptions.RiskCommitteeId))
        {
            failures.Add($"Departments: '{DepartmentsOptions.RiskCommitteeId}' must exist (it receives whatever has no other owner).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> TeamsProblems(DepartmentSettings department)
    {
        var hasTeam = !string.IsNullOrWhiteSpace(department.TeamId);
        var hasChannel = !string.IsNullOrWhiteSpace(department.ChannelId);
        if (hasTeam && ThreadIdProblem(department.TeamId!) is { } teamProblem)
        {
            yield return $"TeamId: {teamProblem}";
        }

        if (hasChannel && ThreadIdProblem(department.ChannelId!) is { } channelProblem)
        {
            yield return $"ChannelId: {channelProblem}";
        }

        // A channel without its team could receive cases that nobody can be authorised to work on.
        if (hasTeam != hasChannel)
        {
            yield return "set both TeamId and ChannelId, or neither.";
        }
    }

    private static string? ThreadIdProblem(string id)
    {
        if (ThreadId().IsMatch(id))
        {
            return null;
        }

        return id.Contains("%3a", StringComparison.OrdinalIgnoreCase) || id.Contains("%40", StringComparison.OrdinalIgnoreCase)
            ? $"'{id}' is URL-encoded; decode it (%3a is ':', %40 is '@'), e.g. 19:abc123@thread.tacv2."
            : $"'{id}' is not a Teams thread id like 19:abc123@thread.tacv2.";
    }

    private static IEnumerable<string> ResponderProblems(DepartmentSettings department)
    {
        for (var r = 0; r < department.Responders.Count; r++)
        {
            if (!Guid.TryParseExact(department.Responders[r], "D", out _))
            {
                yield return $"Responders:{r}: '{department.Responders[r]}' is not an Entra object id (a GUID like 00000000-0000-0000-0000-000000000000).";
            }
        }

        foreach (var twice in department.Responders.GroupBy(r => r, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"Responders: '{twice.Key}' is listed more than once.";
        }
    }

    [GeneratedRegex(@"^19:[^\s@/]+@thread\.[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThreadId();
}
