using Microsoft.Extensions.Options;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Outbox;

/// <summary>Runs the outbox dispatcher: right after a commit (the signal) or every poll interval.</summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "outbox-dispatch";

    public string Name => JobName;

    public TimeSpan LeaseDuration => options.Value.LeaseDuration;

    public Task RunPassAsync(CancellationToken cancellationToken) => dispatcher.DispatchDueAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => signal.WaitAsync(options.Value.PollInterval, time, cancellationToken);
}
