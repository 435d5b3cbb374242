using SocialRiskBot.Conversations;
using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Teams;

public static class IncidentsTeamsServiceCollectionExtensions
{
    /// <summary>
    /// Reports and cases in Teams: the report flow in personal chat, the case cards and their buttons in department
    /// channels, questions relayed to the reporter, files added to a case, the SLA alerts and the monthly summary post,
    /// and their routes (<see cref="IncidentsRoutes"/>). Needs <c>AddIncidents()</c>, <c>AddOrganizationTeams()</c>,
    /// <c>AddEvidenceTeams()</c>, <c>AddAbuseTeams()</c> and <c>AddOutbox()</c>; <c>AddConversations()</c> builds the route table.
    /// </summary>
    public static IServiceCollection AddIncidentsTeams(this IServiceCollection services)
    {
        services.AddSingleton<ReportCardComposer>();
        services.AddSingleton<CaseCardComposer>();
        services.AddSingleton<CaseRouting>();
        services.AddSingleton<ReportConversation>();
        services.AddSingleton<ReportRateLimit>();
        services.AddSingleton<CaseTrainingAssignment>();
        services.AddSingleton<CaseConversation>();
        services.AddSingleton<RelayConversation>();
        services.AddSingleton<CaseThread>();
        services.AddSingleton<MyReportsConversation>();
        services.AddSingleton<EvidenceConversation>();
        services.AddSingleton<EvidenceDialog>();
        services.AddSingleton<IncidentsAdminConversation>();
        services.AddSingleton<IOutboxAddressBook, ReporterAddressBook>();
        services.AddSingleton<IOutboxObserver, CaseCardDelivered>();
        services.AddSingleton<CaseSlaAlerts>();
        services.AddLeasedJob<CaseSlaJob>();
        services.AddSingleton<MonthlySummaryPost>();
        services.AddLeasedJob<MonthlySummaryJob>();
        services.AddRoutes("Incidents", IncidentsRoutes.Register);
        return services;
    }
}
