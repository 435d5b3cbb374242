using SocialRiskBot.Content;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Profiles.Teams;

/// <summary>The <c>settings</c> command and its card's <c>settings.save</c>.</summary>
internal static class ProfilesRoutes
{
    public static void Register(FeatureRoutes routes, IServiceProvider services)
    {
        var settings = services.GetRequiredService<SettingsConversation>();
        routes.Command([ChatCommands.Settings], "Settings", settings.ShowAsync);
        routes.CardAction("settings.save", "SaveSettings", settings.SaveAsync);
    }
}
