namespace SocialRiskBot.Incidents;

/// <summary>How serious an incident is; the order is meaningful (Low &lt; Medium &lt; High &lt; Critical).</summary>
public enum Severity
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
}
