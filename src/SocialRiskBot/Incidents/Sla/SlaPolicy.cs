using Microsoft.Extensions.Options;

namespace SocialRiskBot.Incidents.Sla;

/// <summary>The configured targets: when a case of a severity should be acknowledged and resolved, and the same in words.</summary>
public sealed class SlaPolicy(IOptions<SlaOptions> options)
{
    private readonly BusinessCalendar _calendar = new(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));

    public SlaDuration AcknowledgeTarget(Severity severity) => Parse(options.Value.For(severity).Acknowledge);

    public SlaDuration ResolveTarget(Severity severity) => Parse(options.Value.For(severity).Resolve);

    public DateTimeOffset AcknowledgeBy(Severity severity, DateTimeOffset reportedAt) => _calendar.Add(reportedAt, AcknowledgeTarget(severity));

    public DateTimeOffset ResolveBy(Severity severity, DateTimeOffset reportedAt) => _calendar.Add(reportedAt, ResolveTarget(severity));

    /// <summary>The acknowledgement target for the reporter's confirmation: "within 15 minutes", "within 1 business day".</summary>
    public string DescribeAcknowledge(Severity severity) => $"within {AcknowledgeTarget(severity)}";

    /// <summary>The case with both deadlines computed from when it was reported (on creation and on a severity change).</summary>
    public Incident WithDeadlines(Incident incident) => incident with
    {
        AcknowledgeBy = AcknowledgeBy(incident.Severity, incident.ReportedAt),
        ResolveBy = ResolveBy(incident.Severity, incident.ReportedAt),
    };

    // Validated at startup, so a parse failure here is a bug.
    private static SlaDuration Parse(string text) =>
        SlaDuration.TryParse(text, out var duration) ? duration : throw new InvalidOperationException($"SLA target '{text}' was not validated.");
}
