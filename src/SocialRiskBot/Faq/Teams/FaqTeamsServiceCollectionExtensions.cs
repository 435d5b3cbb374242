using SocialRiskBot.Conversations;
using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Faq.Teams;

public static class FaqTeamsServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ in Teams: answers and their cards, topics, gaps, questions for the policy team with their reminders, and
    /// their routes (<see cref="FaqRoutes"/>). Needs <c>AddFaq()</c>, <c>AddOrganizationTeams()</c> and <c>AddAbuseTeams()</c>; <c>AddConversations()</c> builds the route table.
    /// </summary>
    public static IServiceCollection AddFaqTeams(this IServiceCollection services)
    {
        services.AddSingleton<FaqCardComposer>();
        services.AddSingleton<PolicyTeamConversation>();
        services.AddSingleton<PolicyTeamReminders>();
        services.AddLeasedJob<PolicyTeamReminderJob>();
        services.AddSingleton<FaqConversation>();
        services.AddSingleton<QuestionRateLimit>();
        services.AddSingleton<FaqGapsConversation>();
        services.AddSingleton<IOutboxObserver, FaqQuestionDelivered>();
        services.AddRoutes("Faq", FaqRoutes.Register);
        return services;
    }
}
