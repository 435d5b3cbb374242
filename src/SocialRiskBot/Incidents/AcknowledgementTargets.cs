namespace SocialRiskBot.Incidents;

/// <summary>How soon a case should be acknowledged, by severity: critical 15 minutes, high 1 hour, medium 4 hours, low 1 day.</summary>
public static class AcknowledgementTargets
{
    public static TimeSpan For(Severity severity) => severity switch
    {
        Severity.Critical => TimeSpan.FromMinutes(15),
        Severity.High => TimeSpan.FromHours(1),
        Severity.Medium => TimeSpan.FromHours(4),
        _ => TimeSpan.FromDays(1),
    };

    /// <summary>The same target in words, for the reporter's confirmation.</summary>
    public static string Describe(Severity severity) => severity switch
    {
        Severity.Critical => "within 15 minutes",
        Severity.High => "within the hour",
        Severity.Medium => "within 4 hours",
        _ => "within one working day",
    };
}
