using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialRiskBot.Content;
using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Incidents.Relay;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Jobs;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

public static class IncidentsServiceCollectionExtensions
{
    /// <summary>
    /// Incident categories (the <c>Incidents:Categories</c> configuration list, or the defaults when it names
    /// none) and what content may name of them (<see cref="IncidentsContentSource"/>), case numbers, cases and reports. Needs <c>AddOrganization()</c> (categories name departments), <c>AddStorage()</c> and <c>AddOutbox()</c>.
    /// </summary>
    public static IServiceCollection AddIncidents(this IServiceCollection services)
    {
        services.AddOptions<IncidentsOptions>()
            .BindConfiguration(IncidentsOptions.SectionName)
            .PostConfigure(options =>
            {
                if (options.Categories.Count == 0)
                {
                    options.Categories.AddRange(IncidentsOptions.Defaults);
                }

                foreach (var (category, module) in IncidentsOptions.DefaultTrainingModules)
                {
                    options.TrainingModules.TryAdd(category, module);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IncidentsOptions>, IncidentsOptionsValidator>());
        services.AddIncidentSla();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CategoryCatalog>();
        services.AddSingleton<IContentSource>(sp => new IncidentsContentSource(
            sp.GetRequiredService<CategoryCatalog>().All,
            sp.GetRequiredService<DepartmentDirectory>().All,
            sp.GetRequiredService<IOptions<IncidentsOptions>>().Value.TrainingModules));
        services.AddSingleton<CaseNumbers>();
        services.AddSingleton<ReportDrafts>();
        services.AddSingleton<IncidentStore>();
        services.AddSingleton<SummaryPosts>();
        services.AddSingleton<ReporterCases>();
        services.AddOptions<AnonymityOptions>().BindConfiguration(AnonymityOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnonymityOptions>, AnonymityOptionsValidator>());
        services.AddSingleton<ReporterSeal>();
        services.AddSingleton<ReporterLinks>();
        services.AddSingleton<ReporterRelay>();
        services.AddSingleton<ReporterFollowUp>();
        services.AddSingleton<EvidenceTargets>();
        services.AddSingleton<CaseEvidence>();
        services.AddSingleton<Retention.CasePurge>();
        services.AddLeasedJob<Retention.CasePurgeJob>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<CaseService>();
        return services;
    }
}
