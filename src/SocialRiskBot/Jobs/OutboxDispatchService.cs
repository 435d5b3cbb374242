using Microsoft.Extensions.Options;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Jobs;

/// <summary>
/// Runs the outbox dispatcher: right after a commit (the signal) or every poll interval, and only on the
/// instance that holds the job's lease. A failing pass is logged and tried again; it never stops the host.
/// </summary>
public sealed partial class OutboxDispatchService(
    OutboxDispatcher dispatcher,
    OutboxSignal signal,
    JobLease lease,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatchService> logger) : BackgroundService
{
    public const string JobName = "outbox-dispatch";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.TryHoldAsync(JobName, settings.LeaseDuration, stoppingToken).ConfigureAwait(false))
                {
                    await dispatcher.DispatchDueAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The job's error boundary: storage down, a bug in an observer… the rows are still there
                // next time, and a background job must never stop the host.
                LogPassFailed(logger, ex);
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
