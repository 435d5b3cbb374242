using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;

namespace SocialRiskBot.Jobs;

/// <summary>Looks for unanswered policy questions to remind about, every <see cref="FaqOptions.ReminderScanInterval"/>.</summary>
public sealed class PolicyTeamReminderService(
    PolicyTeamReminders reminders,
    JobLease lease,
    IOptionsMonitor<FaqOptions> options,
    TimeProvider time,
    ILogger<PolicyTeamReminderService> logger) : LeasedJob(lease, logger)
{
    public const string JobName = "faq-reminders";

    protected override string Name => JobName;

    protected override TimeSpan LeaseDuration => options.CurrentValue.ReminderScanInterval * 2;

    protected override Task RunPassAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.ReminderScanInterval, time, cancellationToken);
}
