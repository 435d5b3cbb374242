using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Hosting;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// The turn pipeline shared by every feature: dedupe, conversation references, install events, the route table
    /// (built when the bot starts, with <c>help</c>) and the error boundary. Features add their own Teams parts first.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddBotMetrics();
        services.AddSingleton<InboundActivityLog>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<InstallationRegistry>();
        services.AddSingleton<InstallEvents>();
        services.AddRoutes("Conversations", RegisterHelp);
        services.AddSingleton<RouteTable>();
        services.AddHostedService<LoadAtStartup<RouteTable>>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IActivityHandler, BotTurnHandler>();
        return services;
    }

    /// <summary>
    /// A feature's typed commands and card actions, registered into the <see cref="RouteTable"/> under
    /// <paramref name="feature"/> (named in the message when two features claim the same name).
    /// </summary>
    public static IServiceCollection AddRoutes(this IServiceCollection services, string feature, Action<FeatureRoutes, IServiceProvider> register)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feature);
        services.AddSingleton(new RouteRegistration(feature, register));
        return services;
    }

    private static void RegisterHelp(FeatureRoutes routes, IServiceProvider services)
    {
        var cards = services.GetRequiredService<CardRenderer>();
        routes.Command([ChatCommands.Help, "start", "?"], "Help", (turn, cancellationToken) => turn.SendAsync(Replies.Card(cards.Render(new HelpCard())), cancellationToken));
    }
}
