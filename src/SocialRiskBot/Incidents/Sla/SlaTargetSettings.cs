namespace SocialRiskBot.Incidents.Sla;

/// <summary>One severity's targets in configuration, as words (<c>"15 minutes"</c>, <c>"1 business day"</c>).</summary>
public sealed class SlaTargetSettings
{
    public string Acknowledge { get; set; } = string.Empty;

    public string Resolve { get; set; } = string.Empty;
}
