namespace SocialRiskBot.Profiles;

public static class ProfilesServiceCollectionExtensions
{
    /// <summary>Employee profiles and the settings flow.</summary>
    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<UserProfileStore>();
        services.AddSingleton<SettingsService>();
        return services;
    }
}
