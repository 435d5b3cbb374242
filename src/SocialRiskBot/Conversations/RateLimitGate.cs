using System.Globalization;
using Microsoft.Extensions.Options;
using SocialRiskBot.Abuse;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Lets a command through when the person is within their limit (<see cref="AbuseOptions"/>); otherwise tells
/// them kindly when they can try again and runs nothing, so nothing is stored. Only <em>starting</em> a report
/// counts: <c>report</c> with a report in progress reopens it, and the steps of a started report are never held up.
/// </summary>
public sealed class RateLimitGate(UserRateLimiter limiter, ReportService reports, IOptions<AbuseOptions> options, TimeProvider time)
{
    public async Task StartReportAsync(TurnContext turn, Func<TurnContext, CancellationToken, Task> start, CancellationToken cancellationToken)
    {
        var user = UserNames.KeyOf(turn);
        if (await reports.FindOpenAsync(user, cancellationToken).ConfigureAwait(false) is null
            && await limiter.TryAcquireAsync(user, LimitedAction.StartReport, cancellationToken).ConfigureAwait(false) is { Allowed: false } refused)
        {
            await turn.SendAsync(Replies.Text(TooManyReports(options.Value.ReportsPerHour, In(refused.RetryAt))), cancellationToken).ConfigureAwait(false);
            return;
        }

        await start(turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A question for the FAQ; an empty one (which only gets the "what would you like to know?" prompt) is not counted.</summary>
    public async Task AskAsync(TurnContext turn, string question, Func<TurnContext, string, CancellationToken, Task> ask, CancellationToken cancellationToken)
    {
        if (question.Trim().Length > 0
            && await limiter.TryAcquireAsync(UserNames.KeyOf(turn), LimitedAction.Question, cancellationToken).ConfigureAwait(false) is { Allowed: false } refused)
        {
            await turn.SendAsync(Replies.Text(TooManyQuestions(In(refused.RetryAt))), cancellationToken).ConfigureAwait(false);
            return;
        }

        await ask(turn, question, cancellationToken).ConfigureAwait(false);
    }

    internal static string TooManyReports(int perHour, string when) =>
        $"You've started {perHour} reports in the last hour, which is as many as I take from one person. You can start another {when}. " +
        "If something is spreading right now, tell your manager or the risk committee directly.";

    internal static string TooManyQuestions(string when) =>
        $"That's a lot of questions in a short time, so I'm taking a short breather. Please ask again {when}.";

    /// <summary>"in about 40 seconds", "in about 25 minutes": no clock time, so no time zone to get wrong.</summary>
    private string In(DateTimeOffset retryAt)
    {
        var wait = retryAt - time.GetUtcNow();
        return wait.TotalSeconds < 60
            ? Plural((int)Math.Max(1, Math.Ceiling(wait.TotalSeconds)), "second")
            : Plural((int)Math.Ceiling(wait.TotalMinutes), "minute");

        static string Plural(int n, string unit) =>
            string.Create(CultureInfo.InvariantCulture, $"in about {n} {unit}{(n == 1 ? string.Empty : "s")}");
    }
}
