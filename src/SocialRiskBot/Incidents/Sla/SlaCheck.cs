namespace SocialRiskBot.Incidents.Sla;

/// <summary>
/// Which alerts an open case is owed: for each deadline still running (acknowledge while not acknowledged,
/// resolve while not resolved), a reminder from 75 % of the time and an escalation from 100 %, each once per
/// deadline. Past the deadline only the escalation is owed, so a late look never sends both at once.
/// </summary>
public static class SlaCheck
{
    /// <summary>The share of the time after which the case thread gets a reminder.</summary>
    public const double ReminderAt = 0.75;

    public static IReadOnlyList<SlaDue> Due(Incident incident, SlaPolicy policy, DateTimeOffset now)
    {
        if (incident.Status == IncidentStatus.Resolved)
        {
            return [];
        }

        var due = new List<SlaDue>();
        if (incident.AcknowledgedAt is null && incident.Status == IncidentStatus.New)
        {
            Add(due, incident, SlaTarget.Acknowledge, incident.AcknowledgeBy, now);
        }

        Add(due, incident, SlaTarget.Resolve, incident.ResolveBy ?? policy.ResolveBy(incident.Severity, incident.ReportedAt), now);
        return due;
    }

    private static void Add(List<SlaDue> due, Incident incident, SlaTarget target, DateTimeOffset deadline, DateTimeOffset now)
    {
        var stage = now >= deadline ? SlaStage.Escalation
            : now >= incident.ReportedAt + ((deadline - incident.ReportedAt) * ReminderAt) ? SlaStage.Reminder
            : (SlaStage?)null;
        if (stage is { } owed && !incident.SlaAlerts.Any(a => a.Target == target && a.Deadline == deadline && a.Stage >= owed))
        {
            due.Add(new SlaDue(target, owed, deadline));
        }
    }
}
