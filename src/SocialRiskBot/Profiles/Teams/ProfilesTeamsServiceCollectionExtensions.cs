using SocialRiskBot.Conversations;

namespace SocialRiskBot.Profiles.Teams;

public static class ProfilesTeamsServiceCollectionExtensions
{
    /// <summary>The <c>settings</c> card and its routes (<see cref="ProfilesRoutes"/>). Needs <c>AddProfiles()</c>; <c>AddConversations()</c> builds the route table.</summary>
    public static IServiceCollection AddProfilesTeams(this IServiceCollection services)
    {
        services.AddSingleton<SettingsConversation>();
        services.AddRoutes("Profiles", ProfilesRoutes.Register);
        return services;
    }
}
