namespace SocialRiskBot.Abuse.Teams;

public static class AbuseTeamsServiceCollectionExtensions
{
    /// <summary>The reply that tells a person over their limit when they can try again. Needs <c>AddAbuseLimits()</c>.</summary>
    public static IServiceCollection AddAbuseTeams(this IServiceCollection services)
    {
        services.AddSingleton<RateLimitReply>();
        return services;
    }
}
