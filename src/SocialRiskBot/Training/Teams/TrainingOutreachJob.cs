using Microsoft.Extensions.Options;
using SocialRiskBot.Jobs;
using SocialRiskBot.Training.Outreach;

namespace SocialRiskBot.Training.Teams;

/// <summary>Runs <see cref="TrainingOutreach"/> every <see cref="TrainingOptions.OutreachInterval"/>, or at once when signalled.</summary>
public sealed class TrainingOutreachJob(TrainingOutreach outreach, OutreachSignal signal, IOptionsMonitor<TrainingOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "training-outreach";

    public string Name => JobName;

    public TimeSpan LeaseDuration => options.CurrentValue.OutreachInterval * 2;

    public Task RunPassAsync(CancellationToken cancellationToken) => outreach.RunAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.CurrentValue.OutreachInterval, time, cancellationToken);
}
