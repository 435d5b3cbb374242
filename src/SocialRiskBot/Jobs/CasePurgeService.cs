using Microsoft.Extensions.Options;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Retention;

namespace SocialRiskBot.Jobs;

/// <summary>Runs <see cref="CasePurge"/> every <see cref="IncidentsOptions.PurgeInterval"/>, on one instance at a time.</summary>
public sealed class CasePurgeService(
    CasePurge purge,
    JobLease lease,
    IOptionsMonitor<IncidentsOptions> options,
    TimeProvider time,
    ILogger<CasePurgeService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "case-purge";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => TimeSpan.FromHours(1);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => purge.RunAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.PurgeInterval, time, cancellationToken);
}
