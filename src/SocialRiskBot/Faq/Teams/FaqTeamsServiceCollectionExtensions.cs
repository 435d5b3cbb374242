using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Faq.Teams;

public static class FaqTeamsServiceCollectionExtensions
{
    /// <summary>The FAQ in Teams: answers and their cards, topics, gaps, and questions for the policy team with their reminders. Needs <c>AddFaq()</c> and <c>AddOrganizationTeams()</c>.</summary>
    public static IServiceCollection AddFaqTeams(this IServiceCollection services)
    {
        services.AddSingleton<FaqCardComposer>();
        services.AddSingleton<PolicyTeamConversation>();
        services.AddSingleton<PolicyTeamReminders>();
        services.AddLeasedJob<PolicyTeamReminderJob>();
        services.AddSingleton<FaqConversation>();
        services.AddSingleton<FaqGapsConversation>();
        services.AddSingleton<IOutboxObserver, FaqQuestionDelivered>();
        return services;
    }
}
