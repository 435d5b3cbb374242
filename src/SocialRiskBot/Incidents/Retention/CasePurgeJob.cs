using Microsoft.Extensions.Options;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Incidents.Retention;

/// <summary>Runs <see cref="CasePurge"/> every <see cref="IncidentsOptions.PurgeInterval"/>, on one instance at a time.</summary>
public sealed class CasePurgeJob(CasePurge purge, IOptionsMonitor<IncidentsOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "case-purge";

    public string Name => JobName;

    public TimeSpan LeaseDuration => TimeSpan.FromHours(1);

    public Task RunPassAsync(CancellationToken cancellationToken) => purge.RunAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.PurgeInterval, time, cancellationToken);
}
