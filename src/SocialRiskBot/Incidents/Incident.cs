namespace SocialRiskBot.Incidents;

public enum IncidentStatus
{
    New,
    Acknowledged,
    Resolved,
}

/// <summary>One line of a case's history: who did what, when.</summary>
public sealed record CaseEvent(DateTimeOffset At, string Who, string What);

/// <summary>
/// A reported incident: the live case a department works on. <see cref="Version"/> grows with every change;
/// <see cref="ThreadConversationId"/> and <see cref="CardActivityId"/> locate its card once it is posted.
/// </summary>
public sealed record Incident(
    string CaseNumber,
    int Version,
    string CategoryId,
    Severity Severity,
    IReadOnlyList<string> SeverityReasons,
    string OwnerId,
    IReadOnlyList<string> NotifiedIds,
    ReportDetails Details,
    string ReporterKey,
    string ReporterName,
    IncidentStatus Status,
    DateTimeOffset ReportedAt,
    DateTimeOffset AcknowledgeBy,
    IReadOnlyList<CaseEvent> History)
{
    public string? ThreadConversationId { get; init; }

    public string? CardActivityId { get; init; }

    /// <summary>The responder who took the case on, if any.</summary>
    public string? AssigneeName { get; init; }

    /// <summary>The resolution summary, written for the reporter.</summary>
    public string? Resolution { get; init; }

    /// <summary>The resolution deadline (SLA); null on cases stored before it existed.</summary>
    public DateTimeOffset? ResolveBy { get; init; }

    /// <summary>When the case was first acknowledged (or taken on).</summary>
    public DateTimeOffset? AcknowledgedAt { get; init; }

    /// <summary>When the case was resolved; cleared by a reopen.</summary>
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The SLA reminders and escalations already sent.</summary>
    public IReadOnlyList<Sla.SlaAlert> SlaAlerts { get; init; } = [];

    /// <summary>Where the case card was delivered from (service URL and tenant), so background jobs can reach Teams.</summary>
    public string? ServiceUrl { get; init; }

    public string? TenantId { get; init; }

    /// <summary>
    /// Reported anonymously: <see cref="ReporterKey"/> is then an opaque alias (see <c>Anonymity/ReporterLinks</c>)
    /// and <see cref="ReporterName"/> is "Anonymous reporter"; the case holds nothing that identifies the person.
    /// </summary>
    public bool IsAnonymous { get; init; }

    /// <summary>Screenshots and files the reporter sent (the blobs are named by their ids; see <c>Evidence/</c>).</summary>
    public IReadOnlyList<SocialRiskBot.Evidence.EvidenceFile> EvidenceFiles { get; init; } = [];

    /// <summary>What responders asked the reporter through the bot, in order (see <c>Relay/</c>).</summary>
    public IReadOnlyList<Relay.RelayQuestion> Questions { get; init; } = [];

    /// <summary>What the reporter added to the case afterwards, in order (see <c>Relay/ReporterFollowUp</c>).</summary>
    public IReadOnlyList<Relay.ReporterAddition> ReporterAdditions { get; init; } = [];
}
