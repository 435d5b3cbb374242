namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// Keeps this process within Teams' per-app, per-tenant rate (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit): at most N requests in any one
/// second, and none at all while Teams has asked the app to back off (<see cref="Hold"/>).
/// </summary>
/// <remarks>
/// A request keeps its slot while it is in flight and for a full second after its answer came back. Teams
/// counts a request when it arrives, which is somewhere between our sending it and its answer; counting from
/// the answer is the only moment we know is not too early, so jitter on the way can never squeeze N + 1
/// arrivals into Teams' second. It costs the round trip's share of a second in throughput.
/// </remarks>
public sealed class TenantRequestLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly Lock _gate = new();
    private readonly List<Slot> _slots = [];
    private DateTimeOffset _holdUntil = DateTimeOffset.MinValue;
    private TaskCompletionSource _answered = NewSignal();

    public TenantRequestLimiter(TimeProvider time, int requestsPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerSecond, 1);
        _time = time;
        _limit = requestsPerSecond;
    }

    /// <summary>When the last hold ends (for logs and tests).</summary>
    public DateTimeOffset HoldUntil
    {
        get
        {
            lock (_gate)
            {
                return _holdUntil;
            }
        }
    }

    /// <summary>Waits for a slot. Dispose the slot when the answer has come back (or the attempt failed).</summary>
    public async Task<IDisposable> WaitForSlotAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan wait;
            Task answered;
            lock (_gate)
            {
                var now = _time.GetUtcNow();
                _slots.RemoveAll(s => s.AnsweredAt <= now - Window);
                if (now >= _holdUntil && _slots.Count < _limit)
                {
                    var slot = new Slot(this);
                    _slots.Add(slot);
                    return slot;
                }

                wait = now < _holdUntil ? _holdUntil - now : UntilFirstSlotFrees(now);
                answered = _answered.Task;
            }

            await WaitAsync(wait, answered, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Teams answered 429: nobody in this process starts a request for <paramref name="duration"/>.</summary>
    public void Hold(TimeSpan duration)
    {
        lock (_gate)
        {
            var until = _time.GetUtcNow() + duration;
            if (until > _holdUntil)
            {
                _holdUntil = until;
            }
        }
    }

    /// <summary>Infinite when every slot is still in flight: then only an answer can change anything.</summary>
    private TimeSpan UntilFirstSlotFrees(DateTimeOffset now)
    {
        var first = DateTimeOffset.MaxValue;
        foreach (var slot in _slots)
        {
            if (slot.AnsweredAt < first)
            {
                first = slot.AnsweredAt;
            }
        }

        return first == DateTimeOffset.MaxValue ? Timeout.InfiniteTimeSpan : first + Window - now;
    }

    private async Task WaitAsync(TimeSpan wait, Task answered, CancellationToken cancellationToken)
    {
        if (wait != Timeout.InfiniteTimeSpan)
        {
            // An answer only ever makes a slot free later, never sooner: the timer alone decides.
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            return;
        }

        await answered.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Answered(Slot slot)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (slot.AnsweredAt != DateTimeOffset.MaxValue)
            {
                return;
            }

            slot.AnsweredAt = _time.GetUtcNow();
            signal = _answered;
            _answered = NewSignal();
        }

        signal.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class Slot(TenantRequestLimiter owner) : IDisposable
    {
        /// <summary>MaxValue while in flight.</summary>
        public DateTimeOffset AnsweredAt { get; set; } = DateTimeOffset.MaxValue;

        public void Dispose() => owner.Answered(this);
    }
}
