using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Incidents.Teams;

namespace SocialRiskBot.Jobs;

/// <summary>Looks every <see cref="SlaOptions.SummaryCheckInterval"/> whether last month's incidents summary is still to post.</summary>
public sealed class MonthlySummaryService(
    MonthlySummaryPost post,
    JobLease lease,
    IOptionsMonitor<SlaOptions> options,
    TimeProvider time,
    ILogger<MonthlySummaryService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "incidents-summary";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => TimeSpan.FromMinutes(10);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => post.RunAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.SummaryCheckInterval, time, cancellationToken);
}
