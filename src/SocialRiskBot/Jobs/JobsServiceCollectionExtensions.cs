using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialRiskBot.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TJob"/> in the background, behind its lease (<see cref="LeasedJobHost{TJob}"/>).
    /// The job itself is a singleton resolved from the container, with whatever it needs.
    /// </summary>
    public static IServiceCollection AddLeasedJob<TJob>(this IServiceCollection services)
        where TJob : class, ILeasedJob
    {
        services.TryAddSingleton<JobLease>();
        services.TryAddSingleton<TJob>();
        services.AddHostedService<LeasedJobHost<TJob>>();
        return services;
    }
}
