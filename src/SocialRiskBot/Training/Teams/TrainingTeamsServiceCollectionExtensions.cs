using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Training.Teams;

public static class TrainingTeamsServiceCollectionExtensions
{
    /// <summary>Training in Teams: quiz and refresher cards, the admin commands, and the outreach job that invites, reminds and nudges. Needs <c>AddTraining()</c>.</summary>
    public static IServiceCollection AddTrainingTeams(this IServiceCollection services)
    {
        services.AddSingleton<ILearnerContacts, ConversationLearnerContacts>();
        services.AddSingleton<TrainingCardComposer>();
        services.AddSingleton<TrainingConversation>();
        services.AddSingleton<TrainingAdminConversation>();
        services.AddSingleton<TrainingOutreach>();
        services.AddSingleton<IOutboxObserver, TrainingMessageUndelivered>();
        services.AddLeasedJob<TrainingOutreachJob>();
        return services;
    }
}
