using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Looks every <see cref="SlaOptions.SummaryCheckInterval"/> whether last month's incidents summary is still to post.</summary>
public sealed class MonthlySummaryJob(MonthlySummaryPost post, IOptionsMonitor<SlaOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "incidents-summary";

    public string Name => JobName;

    public TimeSpan LeaseDuration => TimeSpan.FromMinutes(10);

    public Task RunPassAsync(CancellationToken cancellationToken) => post.RunAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.SummaryCheckInterval, time, cancellationToken);
}
