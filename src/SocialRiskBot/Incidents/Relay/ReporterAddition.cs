namespace SocialRiskBot.Incidents.Relay;

/// <summary>Details the reporter added to their open case from <c>my reports</c>, in their own words.</summary>
public sealed record ReporterAddition(DateTimeOffset At, string Text);
