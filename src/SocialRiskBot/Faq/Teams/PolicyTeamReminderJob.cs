using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Jobs;

namespace SocialRiskBot.Faq.Teams;

/// <summary>Looks for unanswered policy questions to remind about, every <see cref="FaqOptions.ReminderScanInterval"/>.</summary>
public sealed class PolicyTeamReminderJob(PolicyTeamReminders reminders, IOptionsMonitor<FaqOptions> options, TimeProvider time) : ILeasedJob
{
    public const string JobName = "faq-reminders";

    public string Name => JobName;

    public TimeSpan LeaseDuration => options.CurrentValue.ReminderScanInterval * 2;

    public Task RunPassAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);

    public Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(options.CurrentValue.ReminderScanInterval, time, cancellationToken);
}
