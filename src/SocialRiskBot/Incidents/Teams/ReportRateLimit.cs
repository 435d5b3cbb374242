using Microsoft.Extensions.Options;
using SocialRiskBot.Abuse;
using SocialRiskBot.Abuse.Teams;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Only <em>starting</em> a report counts against the person's limit (<see cref="AbuseOptions.ReportsPerHour"/>):
/// <c>report</c> with a report in progress reopens it, and the steps of a started report are never held up.
/// </summary>
public sealed class ReportRateLimit(RateLimitReply limits, ReportService reports, IOptions<AbuseOptions> options)
{
    public async Task StartReportAsync(TurnContext turn, Func<TurnContext, CancellationToken, Task> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (await reports.FindOpenAsync(UserNames.KeyOf(turn), cancellationToken).ConfigureAwait(false) is null
            && !await limits.TryAcquireAsync(turn, LimitedAction.StartReport, when => TooManyReports(options.Value.ReportsPerHour, when), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await start(turn, cancellationToken).ConfigureAwait(false);
    }

    internal static string TooManyReports(int perHour, string when) =>
        $"You've started {perHour} reports in the last hour, which is as many as I take from one person. You can start another {when}. " +
        "If something is spreading right now, tell your manager or the risk committee directly.";
}
