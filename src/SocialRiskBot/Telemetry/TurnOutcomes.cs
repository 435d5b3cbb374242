namespace SocialRiskBot.Telemetry;

/// <summary>How a turn ended, as the turn span and the turn metrics tag it.</summary>
public static class TurnOutcomes
{
    public const string Ok = "ok";
    public const string Duplicate = "duplicate";
    public const string Error = "error";
}
