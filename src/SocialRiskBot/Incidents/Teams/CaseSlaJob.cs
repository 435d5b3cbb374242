using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Runs <see cref="CaseSlaAlerts"/> every <see cref="SlaOptions.CheckInterval"/> on the instance holding the lease.</summary>
public sealed class CaseSlaJob(CaseSlaAlerts alerts, IOptionsMonitor<SlaOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "case-sla";

    public string Name => JobName;

    public TimeSpan LeaseDuration => options.CurrentValue.CheckInterval * 2;

    public Task RunPassAsync(CancellationToken cancellationToken) => alerts.RunAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.CheckInterval, time, cancellationToken);
}
