using Microsoft.Extensions.Options;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Outreach;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Jobs;

/// <summary>Runs <see cref="TrainingOutreach"/> every <see cref="TrainingOptions.OutreachInterval"/>, or at once when signalled.</summary>
public sealed class TrainingOutreachService(
    TrainingOutreach outreach,
    OutreachSignal signal,
    JobLease lease,
    IOptionsMonitor<TrainingOptions> options,
    TimeProvider time,
    ILogger<TrainingOutreachService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "training-outreach";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => options.CurrentValue.OutreachInterval * 2;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => outreach.RunAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.CurrentValue.OutreachInterval, time, cancellationToken);
}
