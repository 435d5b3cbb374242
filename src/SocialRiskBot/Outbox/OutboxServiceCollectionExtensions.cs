using SocialRiskBot.Jobs;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>The outbox (writer, partitions, dispatcher) and the background job that drains it.</summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox").ValidateDataAnnotations().ValidateOnStart();
        services.AddBotMetrics();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxPartitions>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddLeasedJob<OutboxDispatchJob>();
        return services;
    }
}
