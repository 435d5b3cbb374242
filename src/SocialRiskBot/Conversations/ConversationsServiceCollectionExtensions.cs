using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The bot's turn handling: dedupe, conversation references, install events and commands.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton<InboundActivityLog>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<InstallationRegistry>();
        services.AddSingleton<InstallEvents>();
        services.AddSingleton<SettingsConversation>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IActivityHandler, BotTurnHandler>();
        return services;
    }
}
