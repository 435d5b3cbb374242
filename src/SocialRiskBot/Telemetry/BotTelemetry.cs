using System.Diagnostics;

namespace SocialRiskBot.Telemetry;

/// <summary>
/// The names the bot publishes traces and metrics under, and its trace source. Spans and metrics carry ids,
/// kinds and outcomes only: never what people typed, their names, or a report's contents.
/// </summary>
public static class BotTelemetry
{
    /// <summary>The application's trace source and meter.</summary>
    public const string Name = "SocialRiskBot";

    /// <summary>Every source and meter of the bot: the application, its storage and its protocol library.</summary>
    public static readonly IReadOnlyList<string> Sources = [Name, Storage.StorageTelemetry.Name, BotFramework.BotFrameworkTelemetry.Name];

    public static readonly ActivitySource Source = new(Name);
}
