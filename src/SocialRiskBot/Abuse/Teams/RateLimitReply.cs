using System.Globalization;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Abuse.Teams;

/// <summary>
/// Counts one action against the person's limit (<see cref="AbuseOptions"/>); over it, tells them kindly when they
/// can try again and lets nothing run, so nothing is stored. Each feature words its own refusal.
/// </summary>
public sealed class RateLimitReply(UserRateLimiter limiter, TimeProvider time)
{
    /// <param name="refusal">The reply over the limit, given when they can try again ("in about 25 minutes").</param>
    /// <returns>True when the action may go ahead; false when the person has been told to wait.</returns>
    public async Task<bool> TryAcquireAsync(TurnContext turn, LimitedAction action, Func<string, string> refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (await limiter.TryAcquireAsync(UserNames.KeyOf(turn), action, cancellationToken).ConfigureAwait(false) is { Allowed: false } refused)
        {
            await turn.SendAsync(Replies.Text(refusal(In(refused.RetryAt))), cancellationToken).ConfigureAwait(false);
            return false;
        }

        return true;
    }

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
