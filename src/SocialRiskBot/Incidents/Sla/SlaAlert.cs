namespace SocialRiskBot.Incidents.Sla;

/// <summary>Which deadline an alert is about.</summary>
public enum SlaTarget
{
    Acknowledge,
    Resolve,
}

/// <summary>How far past its deadline a case is: a reminder at 75 % of the time, an escalation at 100 %.</summary>
public enum SlaStage
{
    Reminder,
    Escalation,
}

/// <summary>
/// An SLA alert sent for a case, kept on the case so it is sent once: recorded in the same batch as its outbox
/// rows. It names the deadline it was for, so a deadline moved by a severity change can be alerted again.
/// </summary>
public sealed record SlaAlert(SlaTarget Target, SlaStage Stage, DateTimeOffset Deadline, DateTimeOffset SentAt);
