namespace SocialRiskBot.Profiles.Teams;

public static class ProfilesTeamsServiceCollectionExtensions
{
    /// <summary>The <c>settings</c> card. Needs <c>AddProfiles()</c>.</summary>
    public static IServiceCollection AddProfilesTeams(this IServiceCollection services)
    {
        services.AddSingleton<SettingsConversation>();
        return services;
    }
}
