using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialRiskBot.Content;

namespace SocialRiskBot.Organization;

public static class OrganizationServiceCollectionExtensions
{
    /// <summary>
    /// The departments from the <c>Departments</c> configuration list, or the defaults when it names none, and their
    /// names for content (<see cref="OrganizationContentSource"/>).
    /// </summary>
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddOptions<DepartmentsOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.Bind(options);
                if (options.Departments.Count == 0)
                {
                    options.Departments.AddRange(DepartmentsOptions.Defaults);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DepartmentsOptions>, DepartmentsOptionsValidator>());
        services.AddSingleton<DepartmentDirectory>();
        services.AddSingleton<IContentSource>(sp => new OrganizationContentSource(sp.GetRequiredService<DepartmentDirectory>().All));
        return services;
    }
}
