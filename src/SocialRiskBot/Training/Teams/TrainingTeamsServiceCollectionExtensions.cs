using SocialRiskBot.Conversations;
using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Training.Teams;

public static class TrainingTeamsServiceCollectionExtensions
{
    /// <summary>
    /// Training in Teams: quiz and refresher cards, the admin commands, the outreach job that invites, reminds and
    /// nudges, and their routes (<see cref="TrainingRoutes"/>). Needs <c>AddTraining()</c> and <c>AddOrganizationTeams()</c>; <c>AddConversations()</c> builds the route table.
    /// </summary>
    public static IServiceCollection AddTrainingTeams(this IServiceCollection services)
    {
        services.AddSingleton<ILearnerContacts, ConversationLearnerContacts>();
        services.AddSingleton<TrainingCardComposer>();
        services.AddSingleton<TrainingConversation>();
        services.AddSingleton<TrainingAdminConversation>();
        services.AddSingleton<TrainingOutreach>();
        services.AddSingleton<IOutboxObserver, TrainingMessageUndelivered>();
        services.AddSingleton<IPersonalChatObserver, LearnerReachability>();
        services.AddLeasedJob<TrainingOutreachJob>();
        services.AddRoutes("Training", TrainingRoutes.Register);
        return services;
    }
}
