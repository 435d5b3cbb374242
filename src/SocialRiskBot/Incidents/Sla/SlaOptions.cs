namespace SocialRiskBot.Incidents.Sla;

/// <summary>
/// The <c>Incidents:Sla</c> section: acknowledgement and resolution targets per severity, the time zone whose
/// weekends business days skip, and how often the SLA job and the monthly summary job look.
/// </summary>
public sealed class SlaOptions
{
    public const string SectionName = "Incidents:Sla";

    public SlaTargetSettings Critical { get; set; } = new() { Acknowledge = "15 minutes", Resolve = "4 hours" };

    public SlaTargetSettings High { get; set; } = new() { Acknowledge = "1 hour", Resolve = "1 business day" };

    public SlaTargetSettings Medium { get; set; } = new() { Acknowledge = "4 hours", Resolve = "3 business days" };

    public SlaTargetSettings Low { get; set; } = new() { Acknowledge = "1 business day", Resolve = "5 business days" };

    /// <summary>An IANA or Windows time zone id: Saturdays and Sundays there are not business days.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>How often open cases are checked for reminders and escalations.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the monthly summary job looks whether last month's summary is still to post.</summary>
    public TimeSpan SummaryCheckInterval { get; set; } = TimeSpan.FromHours(1);

    public SlaTargetSettings For(Severity severity) => severity switch
    {
        Severity.Critical => Critical,
        Severity.High => High,
        Severity.Medium => Medium,
        _ => Low,
    };
}
