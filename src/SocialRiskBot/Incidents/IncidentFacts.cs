namespace SocialRiskBot.Incidents;

/// <summary>What the reporter told us that bears on severity and routing.</summary>
/// <param name="PersonalData">Personal data (of customers, staff, anyone) is involved.</param>
/// <param name="OfficialAccount">An official company account is involved.</param>
/// <param name="StillVisible">The post is still up, or, for a hacked account, the attacker still has it.</param>
/// <param name="MediaAttention">Journalists or large audiences have picked it up.</param>
/// <param name="ReporterUrgency">How urgent it feels to the reporter.</param>
public sealed record IncidentFacts(
    bool PersonalData,
    bool OfficialAccount,
    bool StillVisible,
    bool MediaAttention,
    Severity ReporterUrgency)
{
    /// <summary>Nothing aggravating, and the reporter does not feel it is urgent.</summary>
    public static IncidentFacts None { get; } = new(false, false, false, false, Severity.Low);
}
