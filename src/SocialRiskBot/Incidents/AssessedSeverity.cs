namespace SocialRiskBot.Incidents;

/// <summary>A severity and the reasons that decided it, in words a responder reads on the case card.</summary>
public sealed record AssessedSeverity(Severity Severity, IReadOnlyList<string> Reasons);
