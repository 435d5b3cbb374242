namespace SocialRiskBot.Organization.Teams;

public static class OrganizationTeamsServiceCollectionExtensions
{
    /// <summary>
    /// Departments in Teams: where each one's posts go, who may act for it, and who may run admin commands (the
    /// configured admins and the risk committee's responders). Needs <c>AddOrganization()</c>.
    /// </summary>
    public static IServiceCollection AddOrganizationTeams(this IServiceCollection services)
    {
        services.AddSingleton<DepartmentChannels>();
        services.AddSingleton<ResponderCheck>();
        services.AddSingleton<AdminCheck>();
        return services;
    }
}
