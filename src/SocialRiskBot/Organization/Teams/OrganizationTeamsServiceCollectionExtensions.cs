namespace SocialRiskBot.Organization.Teams;

public static class OrganizationTeamsServiceCollectionExtensions
{
    /// <summary>Departments in Teams: where each one's posts go, and who may act for it. Needs <c>AddOrganization()</c>.</summary>
    public static IServiceCollection AddOrganizationTeams(this IServiceCollection services)
    {
        services.AddSingleton<DepartmentChannels>();
        services.AddSingleton<ResponderCheck>();
        return services;
    }
}
