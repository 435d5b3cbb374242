using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Incidents.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// SLA targets (<c>Incidents:Sla</c>, refused at startup when unreadable), the open-case index and the monthly summary's figures
    /// (the jobs that post them are registered by <c>AddIncidentsTeams()</c>). Called by <c>AddIncidents()</c>.
    /// </summary>
    public static IServiceCollection AddIncidentSla(this IServiceCollection services)
    {
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>());
        services.AddSingleton<SlaPolicy>();
        services.AddSingleton<OpenCases>();
        services.AddSingleton<CaseArchive>();
        services.AddSingleton<Summaries.IncidentsSummaryBuilder>();
        return services;
    }
}
