using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;

namespace SocialRiskBot.Jobs;

/// <summary>Looks for unanswered policy questions to remind about, on the instance that holds the job's lease.</summary>
public sealed partial class PolicyTeamReminderService(
    PolicyTeamReminders reminders,
    JobLease lease,
    IOptionsMonitor<FaqOptions> options,
    TimeProvider time,
    ILogger<PolicyTeamReminderService> logger) : BackgroundService
{
    public const string JobName = "faq-reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var interval = options.CurrentValue.ReminderScanInterval;
            try
            {
                if (await lease.TryHoldAsync(JobName, interval * 2, stoppingToken).ConfigureAwait(false))
                {
                    await reminders.SendDueAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Storage down, say: the questions are still there next time, and a job must never stop the host.
                LogPassFailed(logger, ex);
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Policy-question reminder pass failed; trying again at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
