using Microsoft.Extensions.Options;

namespace SocialRiskBot.Incidents.Sla;

/// <summary>Every target readable, the time zone known, the intervals positive: a target nobody can read stops startup.</summary>
public sealed class SlaOptionsValidator : IValidateOptions<SlaOptions>
{
    public ValidateOptionsResult Validate(string? name, SlaOptions options)
    {
        var failures = new List<string>();
        foreach (var severity in Enum.GetValues<Severity>())
        {
            var targets = options.For(severity);
            Check(failures, severity, nameof(SlaTargetSettings.Acknowledge), targets.Acknowledge);
            Check(failures, severity, nameof(SlaTargetSettings.Resolve), targets.Resolve);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? string.Empty, out _))
        {
            failures.Add($"{SlaOptions.SectionName}:{nameof(SlaOptions.TimeZone)}: '{options.TimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/London).");
        }

        if (options.CheckInterval <= TimeSpan.Zero)
        {
            failures.Add($"{SlaOptions.SectionName}:{nameof(SlaOptions.CheckInterval)}: must be positive; it is {options.CheckInterval}.");
        }

        if (options.SummaryCheckInterval <= TimeSpan.Zero)
        {
            failures.Add($"{SlaOptions.SectionName}:{nameof(SlaOptions.SummaryCheckInterval)}: must be positive; it is {options.SummaryCheckInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, Severity severity, string target, string? value)
    {
        if (!SlaDuration.TryParse(value, out _))
        {
            failures.Add($"{SlaOptions.SectionName}:{severity}:{target}: '{value}' is not {SlaDuration.Expected}.");
        }
    }
}
