using System.Collections.Concurrent;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// Keeps sends to one conversation inside Teams' per-bot, per-thread limits (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit):
/// 7 per second, 8 per 2 s, 60 per 30 s, 1,800 per hour. A send that would break a limit waits.
/// </summary>
public sealed class ConversationPacer(TimeProvider time)
{
    private static readonly (TimeSpan Window, int Limit)[] Limits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private static readonly TimeSpan LongestWindow = TimeSpan.FromHours(1);

    /// <summary>Idle conversations are forgotten every this many sends, so memory follows active threads only.</summary>
    private const int PruneEvery = 1024;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);
    private long _sends;

    /// <summary>How many conversations have sends in memory (for tests of pruning).</summary>
    internal int TrackedConversations => _sent.Count;

    public async Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _sends) % PruneEvery == 0)
        {
            Prune();
        }

        var history = _sent.GetOrAdd(conversationId, _ => new Queue<DateTimeOffset>());
        while (true)
        {
            TimeSpan wait;
            lock (history)
            {
                var now = time.GetUtcNow();
                wait = DelayBeforeNextSend(history, now);
                if (wait <= TimeSpan.Zero)
                {
                    history.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets conversations with nothing sent in the last hour.</summary>
    public void Prune()
    {
        var horizon = time.GetUtcNow() - LongestWindow;
        foreach (var (id, history) in _sent)
        {
            lock (history)
            {
                Expire(history, horizon);
                if (history.Count == 0)
                {
                    _sent.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(id, history));
                }
            }
        }
    }

    private static TimeSpan DelayBeforeNextSend(Queue<DateTimeOffset> history, DateTimeOffset now)
    {
        Expire(history, now - LongestWindow);
        var wait = TimeSpan.Zero;
        var sends = history.ToArray();
        foreach (var (window, limit) in Limits)
        {
            // The send that must leave the window before another fits: the limit-th most recent one.
            var inWindow = sends.Count(t => t > now - window);
            if (inWindow >= limit)
            {
                var blocker = sends[sends.Length - limit];
                var until = blocker + window - now;
                if (until > wait)
                {
                    wait = until;
                }
            }
        }

        return wait;
    }

    private static void Expire(Queue<DateTimeOffset> history, DateTimeOffset horizon)
    {
        while (history.Count > 0 && history.Peek() <= horizon)
        {
            history.Dequeue();
        }
    }
}
