using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>
/// The per-tenant limit on a fake clock. Callers continue without a context (ConfigureAwait(false)), so a slot
/// a timer frees is taken inside <c>Advance</c> and the clock then reads the moment it was granted.
/// </summary>
public class TenantRequestLimiterTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Five_calls_go_at_once_and_the_sixth_waits_until_a_second_after_the_first_answer()
    {
        var limiter = new TenantRequestLimiter(_time, 5);
        for (var i = 0; i < 5; i++)
        {
            (await limiter.WaitForSlotAsync(CancellationToken.None)).Dispose();
        }

        var sixth = limiter.WaitForSlotAsync(CancellationToken.None);
        Assert.False(sixth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(sixth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        (await sixth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Two_hundred_callers_never_get_more_than_the_limit_in_any_second_and_lose_no_time()
    {
        const int limit = 10;
        var limiter = new TenantRequestLimiter(_time, limit);
        var start = _time.GetUtcNow();
        var granted = new ConcurrentQueue<DateTimeOffset>();
        var callers = Enumerable.Range(0, 200).Select(_ => CallAsync(limiter, granted)).ToArray();

        await RunClockUntilAsync(() => callers.All(c => c.IsCompleted), TimeSpan.FromSeconds(60));

        await Task.WhenAll(callers);
        var times = granted.Order().ToArray();
        Assert.Equal(200, times.Length);
        foreach (var t in times)
        {
            var inSecond = times.Count(other => other >= t && other < t + Second);
            Assert.True(inSecond <= limit, $"{inSecond} calls started in the second from {t - start}");
        }

        // Twenty seconds' worth at ten a second: the last ten go as the 20th second begins, not later.
        Assert.Equal(TimeSpan.FromSeconds(19), times[^1] - start);
    }

    [Fact]
    public async Task A_slot_is_counted_until_a_second_after_its_answer_not_after_its_start()
    {
        var limiter = new TenantRequestLimiter(_time, 2);
        var slow = await limiter.WaitForSlotAsync(CancellationToken.None);
        (await limiter.WaitForSlotAsync(CancellationToken.None)).Dispose();
        var third = limiter.WaitForSlotAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(1));
        var freed = await third.WaitAsync(TimeSpan.FromSeconds(5)); // the quick one's slot
        var fourth = limiter.WaitForSlotAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(fourth.IsCompleted); // the slow one is still out, the third too

        slow.Dispose(); // its answer arrives at +6 s
        _time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50); // give the woken waiter its moment: it must find no slot yet
        Assert.False(fourth.IsCompleted);
        await AdvanceUntilAsync(fourth, TimeSpan.FromSeconds(5));
        freed.Dispose();
    }

    [Fact]
    public async Task A_hold_after_a_429_pauses_every_caller_even_with_slots_free()
    {
        var limiter = new TenantRequestLimiter(_time, 50);
        (await limiter.WaitForSlotAsync(CancellationToken.None)).Dispose();

        limiter.Hold(TimeSpan.FromSeconds(3));
        var waiting = Enumerable.Range(0, 3).Select(_ => limiter.WaitForSlotAsync(CancellationToken.None)).ToArray();

        _time.Advance(TimeSpan.FromMilliseconds(2999));
        Assert.All(waiting, w => Assert.False(w.IsCompleted));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        foreach (var slot in await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(5)))
        {
            slot.Dispose();
        }
    }

    [Fact]
    public async Task A_shorter_hold_does_not_cut_a_longer_one_short()
    {
        var limiter = new TenantRequestLimiter(_time, 50);
        limiter.Hold(TimeSpan.FromSeconds(5));
        limiter.Hold(TimeSpan.FromSeconds(1));
        var waiting = limiter.WaitForSlotAsync(CancellationToken.None);

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(waiting.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(3));
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_ends_at_once_and_takes_no_slot()
    {
        var limiter = new TenantRequestLimiter(_time, 1);
        var first = await limiter.WaitForSlotAsync(CancellationToken.None);
        using var giveUp = new CancellationTokenSource();
        var waiting = limiter.WaitForSlotAsync(giveUp.Token);

        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));

        first.Dispose();
        _time.Advance(Second);
        Assert.True(limiter.WaitForSlotAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_wait_through_a_hold_can_be_cancelled_and_a_cancelled_caller_never_starts()
    {
        var limiter = new TenantRequestLimiter(_time, 5);
        limiter.Hold(TimeSpan.FromSeconds(10));
        using var stopping = new CancellationTokenSource();
        var waiting = limiter.WaitForSlotAsync(stopping.Token);

        _time.Advance(TimeSpan.FromSeconds(1));
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        _time.Advance(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => limiter.WaitForSlotAsync(stopping.Token));
    }

    /// <summary>A call whose answer comes back at once; the moment it was let through is recorded.</summary>
    private async Task CallAsync(TenantRequestLimiter limiter, ConcurrentQueue<DateTimeOffset> granted)
    {
        using (await limiter.WaitForSlotAsync(CancellationToken.None).ConfigureAwait(false))
        {
            granted.Enqueue(_time.GetUtcNow());
        }
    }

    /// <summary>Moves the clock in 5 ms steps, letting woken callers run between steps.</summary>
    private async Task RunClockUntilAsync(Func<bool> done, TimeSpan limit)
    {
        var end = _time.GetUtcNow() + limit;
        while (!done() && _time.GetUtcNow() < end)
        {
            _time.Advance(TimeSpan.FromMilliseconds(5));
            await Task.Yield();
        }
    }

    private async Task AdvanceUntilAsync(Task<IDisposable> waiting, TimeSpan limit)
    {
        await RunClockUntilAsync(() => waiting.IsCompleted, limit);
        (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
