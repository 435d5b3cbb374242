namespace SocialRiskBot.Incidents;

/// <summary>
/// A kind of social-media incident a reporter can pick: who owns it, who is told as well, how serious it is
/// by default, and what the reporter should (not) do right after reporting it.
/// </summary>
public sealed record IncidentCategory(
    string Id,
    string Label,
    string Description,
    string OwnerId,
    IReadOnlyList<CcRule> Cc,
    Severity DefaultSeverity,
    IReadOnlyList<string> Advice)
{
    /// <summary>Hours from the report within which a regulator may have to be told; null when no such clock runs.</summary>
    public int? NotificationHours { get; init; }

    /// <summary>Severity rules single this category out: an official account still in an attacker's hands is critical.</summary>
    public const string AccountCompromiseId = "account-compromise";

    /// <summary>Always configured, so a reporter never has to force a mishap into the wrong box.</summary>
    public const string OtherId = "other";
}
