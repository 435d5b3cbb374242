using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Incidents.Sla;

public static class SlaServiceCollectionExtensions
{
    /// <summary>
    /// SLA targets (<c>Incidents:Sla</c>, refused at startup when unreadable), the open-case index, the job that
    /// reminds and escalates, and the monthly summary job. Called by <c>AddIncidents()</c>.
    /// </summary>
    public static IServiceCollection AddIncidentSla(this IServiceCollection services)
    {
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>());
        services.AddSingleton<SlaPolicy>();
        services.AddSingleton<OpenCases>();
        services.AddSingleton<Conversations.CaseSlaAlerts>();
        services.AddLeasedJob<Teams.CaseSlaJob>();
        services.AddSingleton<CaseArchive>();
        services.AddSingleton<Summaries.IncidentsSummaryBuilder>();
        services.AddSingleton<Conversations.MonthlySummaryPost>();
        services.AddLeasedJob<Teams.MonthlySummaryJob>();
        return services;
    }
}
