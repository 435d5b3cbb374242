namespace SocialRiskBot.Abuse;

public static class AbuseServiceCollectionExtensions
{
    /// <summary>Per-person rate limits (<c>Abuse:*</c>, refused at startup when out of range) and their counters.</summary>
    public static IServiceCollection AddAbuseLimits(this IServiceCollection services)
    {
        services.AddOptions<AbuseOptions>().BindConfiguration(AbuseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UserRateLimiter>();
        return services;
    }
}
