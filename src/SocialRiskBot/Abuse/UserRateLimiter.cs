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

    /// <summary>Counts the action when it is within the person's limit; otherwise says when they may try again.</summary>
    public async Task<RateDecision> TryAcquireAsync(string userKey, LimitedAction action, CancellationToken cancellationToken)
    {
        var (limit, window) = LimitOf(action);
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Encode(userKey);
        var rowKey = action.ToString();
        for (var attempt = 1; ; attempt++)
        {
            var now = time.GetUtcNow();
            var current = await table.GetAsync(partition, rowKey, cancellationToken).ConfigureAwait(false);
            var (start, count) = Read(current);
            if (start is null || now >= start.Value + window || start.Value > now + window)
            {
                (start, count) = (now, 0); // a new window; a start in the future (a clock set back) is not trusted
            }

            if (count >= limit)
            {
                return RateDecision.RefuseUntil(start.Value + window);
            }

            var next = new TableRow(partition, rowKey)
            {
                ETag = current?.ETag,
                Properties = new Dictionary<string, object?> { [WindowStart] = start.Value, [Count] = count + 1 },
            };
            if (await table.TryWriteAsync(next, cancellationToken).ConfigureAwait(false))
            {
                return RateDecision.Allow;
            }

            // Another instance counted an action of the same person first: read again.
            await Task.Delay(Random.Shared.Next(0, Math.Min(attempt, 10) + 1), cancellationToken).ConfigureAwait(false);
        }
    }

    private (int Limit, TimeSpan Window) LimitOf(LimitedAction action) => action switch
    {
        LimitedAction.StartReport => (options.Value.ReportsPerHour, TimeSpan.FromHours(1)),
        LimitedAction.Question => (options.Value.QuestionsPerMinute, TimeSpan.FromMinutes(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a limited action."),
    };

    private static (DateTimeOffset? Start, int Count) Read(TableRow? row) =>
        row is not null && row.Properties.TryGetValue(WindowStart, out var start) && start is DateTimeOffset s
            && row.Properties.TryGetValue(Count, out var count) && count is int c
            ? (s, c)
            : (null, 0);
}
