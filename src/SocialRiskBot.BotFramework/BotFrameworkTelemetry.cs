using System.Diagnostics.Metrics;

namespace SocialRiskBot.BotFramework;

/// <summary>The protocol library's meter: how often Teams answered a connector call with 429 (too many requests).</summary>
public sealed class BotFrameworkTelemetry
{
    public const string Name = "SocialRiskBot.BotFramework";

    private readonly Counter<long> _throttled;

    public BotFrameworkTelemetry(IMeterFactory meters)
    {
        _throttled = meters.Create(Name).CreateCounter<long>("socialriskbot.connector.throttled", "{response}", "Connector calls Teams answered with 429.");
    }

    internal void Throttled() => _throttled.Add(1);
}
