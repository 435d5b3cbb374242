namespace SocialRiskBot.BotFramework;

/// <summary>How the bot obtains its outbound token (https://learn.microsoft.com/azure/bot-service/bot-builder-authentication). Inbound validation is the same for all three.</summary>
public enum BotAppType
{
    /// <summary>Deprecated for new registrations after July 2025; accepted for existing ones.</summary>
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
