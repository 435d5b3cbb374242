using SocialRiskBot.Content;
using SocialRiskBot.Hosting;
using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;
using SocialRiskBot.Training.Campaigns;
using SocialRiskBot.Training.Outreach;
using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Training;

public static class TrainingServiceCollectionExtensions
{
    /// <summary>
    /// Micro-training: the modules (loaded and checked when the host starts, like the FAQ), quizzes, refreshers,
    /// campaigns, the outreach plan and the completion report; what content may name of them and their texts' references
    /// (<see cref="TrainingContentSource"/>).
    /// </summary>
    public static IServiceCollection AddTraining(this IServiceCollection services)
    {
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).PostConfigure(TrainingOptions.ApplyDefaults)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => TrainingCatalog.Load(ContentFolder.Default()));
        services.AddSingleton<IContentSource>(sp => new TrainingContentSource(sp.GetRequiredService<TrainingCatalog>().Modules));
        services.AddSingleton<TrainingStore>();
        services.AddSingleton<ReviewSchedule>();
        services.AddSingleton<QuizService>();
        services.AddSingleton<RefreshService>();
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<CampaignAssigner>();
        services.AddSingleton<KnownLearners>();
        services.AddSingleton<WorkingHours>();
        services.AddSingleton<TrainingSummaryBuilder>();
        services.AddSingleton<OutreachSignal>();
        services.AddHostedService<LoadAtStartup<TrainingCatalog>>();
        return services;
    }
}
