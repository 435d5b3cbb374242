using SocialRiskBot.Abuse;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Outbox;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Conversations;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>The bot's turn handling: dedupe, conversation references, install events and commands.</summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddBotMetrics();
        services.AddSingleton<InboundActivityLog>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<InstallationRegistry>();
        services.AddSingleton<InstallEvents>();
        services.AddSingleton<SettingsConversation>();
        services.AddSingleton<ReportCardComposer>();
        services.AddSingleton<CaseCardComposer>();
        services.AddSingleton<DepartmentChannels>();
        services.AddSingleton<CaseRouting>();
        services.AddSingleton<ReportConversation>();
        services.AddSingleton<ResponderCheck>();
        services.AddSingleton<CaseTrainingAssignment>();
        services.AddSingleton<CaseConversation>();
        services.AddSingleton<RelayConversation>();
        services.AddSingleton<CaseThread>();
        services.AddSingleton<MyReportsConversation>();
        services.AddSingleton<EvidenceConversation>();
        services.AddSingleton<EvidenceDialog>();
        services.AddSingleton<IOutboxAddressBook, ReporterAddressBook>();
        services.AddSingleton<IOutboxObserver, CaseCardDelivered>();
        services.AddSingleton<FaqCardComposer>();
        services.AddSingleton<PolicyTeamConversation>();
        services.AddSingleton<PolicyTeamReminders>();
        services.AddSingleton<FaqConversation>();
        services.AddSingleton<AdminCheck>();
        services.AddSingleton<FaqGapsConversation>();
        services.AddSingleton<TrainingCardComposer>();
        services.AddSingleton<TrainingConversation>();
        services.AddSingleton<TrainingAdminConversation>();
        services.AddSingleton<IncidentsAdminConversation>();
        services.AddSingleton<IOutboxObserver, FaqQuestionDelivered>();
        services.AddAbuseLimits();
        services.AddSingleton<RateLimitGate>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IActivityHandler, BotTurnHandler>();
        return services;
    }
}
