using SocialRiskBot.Abuse;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The turn pipeline shared by every feature: dedupe, conversation references, install events, the route table and the error boundary. Features add their own Teams parts first.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddBotMetrics();
        services.AddSingleton<InboundActivityLog>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<InstallationRegistry>();
        services.AddSingleton<InstallEvents>();
        services.AddSingleton<AdminCheck>();
        services.AddAbuseLimits();
        services.AddSingleton<RateLimitGate>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IActivityHandler, BotTurnHandler>();
        return services;
    }
}
