namespace SocialRiskBot.Incidents.Sla;

/// <summary>An alert a case is owed now: which deadline, which stage, and the deadline itself.</summary>
public sealed record SlaDue(SlaTarget Target, SlaStage Stage, DateTimeOffset Deadline);
