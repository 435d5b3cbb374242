using Microsoft.Extensions.Options;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Abuse;

/// <summary>
/// Per-person counters in the <c>RateCounts</c> table: one row per person and action holding the start of the
/// current window and how many actions it has seen. A window opens at the first action after the previous one
/// ended and lasts an hour (reports) or a minute (questions). Every increment is an ETag-conditional write, so
/// instances sharing the storage never let more through than the limit; a refused action writes nothing.
/// </summary>
public sealed class UserRateLimiter(ITableStore store, IOptions<AbuseOptions> options, TimeProvider time)
{
    private const string TableName = "RateCounts";
    private const string WindowStart = "WindowStart";
    private const string Count = "Count";

    private static readonly RowCodec<Window> Codec = new(
        window => new Dictionary<string, object?> { [WindowStart] = window.Start, [Count] = window.Count },
        row => new Window(row.Value<DateTimeOffset>(WindowStart) ?? DateTimeOffset.MinValue, row.Value<int>(Count) ?? 0)); // incomplete: a window long closed

    private readonly RowTable<Window> _windows = new(store, TableName, Codec);

    /// <summary>Counts the action when it is within the person's limit; otherwise says when they may try again.</summary>
    /// <remarks>When another instance counted an action of the same person first, the count is read again.</remarks>
    public Task<RateDecision> TryAcquireAsync(string userKey, LimitedAction action, CancellationToken cancellationToken)
    {
        var (limit, length) = LimitOf(action);
        return _windows.ChangeAsync(TableKeys.Encode(userKey), action.ToString(), current =>
        {
            var now = time.GetUtcNow();
            var window = current;
            if (window is null || now >= window.Start + length || window.Start > now + length)
            {
                window = new Window(now, 0); // a new window; a start in the future (a clock set back) is not trusted
            }

            return window.Count >= limit
                ? (null, RateDecision.RefuseUntil(window.Start + length))
                : (window with { Count = window.Count + 1 }, RateDecision.Allow);
        }, cancellationToken);
    }

    private (int Limit, TimeSpan Window) LimitOf(LimitedAction action) => action switch
    {
        LimitedAction.StartReport => (options.Value.ReportsPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Question => (options.Value.QuestionsPerMinute, TimeSpan.FromMinutes(1)),
        LimitedAction.PolicyQuestion => (options.Value.PolicyQuestionsPerHour, TimeSpan.FromHours(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a limited action."),
    };

    /// <summary>The current window of one person and action: when it opened, and how many actions it has seen.</summary>
    private sealed record Window(DateTimeOffset Start, int Count);
}
