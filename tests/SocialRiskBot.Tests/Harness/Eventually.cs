using System.Diagnostics;

namespace SocialRiskBot.Tests.Harness;

/// <summary>
/// Waits for background work (a file watcher, a hosted job) to show its effect. The time limit is elapsed
/// time on a stopwatch, never the date, so it means the same on any day and under a moved clock.
/// </summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="limit"/> has passed; the caller asserts after.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition() && watch.Elapsed < limit)
        {
            await Task.Delay(50);
        }
    }

    public static Task UntilAsync(Func<bool> condition, TimeSpan limit) => UntilAsync(() => Task.FromResult(condition()), limit);
}
