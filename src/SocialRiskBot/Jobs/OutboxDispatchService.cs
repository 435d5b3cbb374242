using Microsoft.Extensions.Options;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Jobs;

/// <summary>Runs the outbox dispatcher: right after a commit (the signal) or every poll interval.</summary>
public sealed class OutboxDispatchService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    JobLease lease,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatchService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "outbox-dispatch";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => options.Value.LeaseDuration;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, time, cancellationToken);
}
