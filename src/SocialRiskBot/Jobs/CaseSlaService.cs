using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Incidents.Teams;

namespace SocialRiskBot.Jobs;

/// <summary>Runs <see cref="CaseSlaAlerts"/> every <see cref="SlaOptions.CheckInterval"/> on the instance holding the lease.</summary>
public sealed class CaseSlaService(
    CaseSlaAlerts alerts,
    JobLease lease,
    IOptionsMonitor<SlaOptions> options,
    TimeProvider time,
    ILogger<CaseSlaService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "case-sla";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => options.CurrentValue.CheckInterval * 2;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => alerts.RunAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.CheckInterval, time, cancellationToken);
}
