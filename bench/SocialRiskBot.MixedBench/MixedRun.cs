using System.Diagnostics;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// <paramref name="concurrency"/> workers share the users out: each takes its users in turn, one turn each, so every
/// user's turns are sequential while c turns are in flight at once. A user still reading their last reply, or with
/// nothing to do (a responder with no new case), is passed over.
/// </summary>
public static class MixedRun
{
    public static async Task<(IReadOnlyList<ScenarioResult> Scenarios, TimeSpan Elapsed)> ExecuteAsync(
        IReadOnlyList<SimulatedUser> users, TurnClient client, Inbound inbound, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = users.Where((_, n) => n % concurrency == worker).ToArray();
            var byScenario = Scenarios.All.ToDictionary(s => s, s => new ScenarioResult(s));
            var idle = 0;
            for (var n = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; n++)
            {
                var user = mine[n % mine.Length];
                if (user.Ready && await user.StepAsync(client, inbound, cancellationToken) is { } turn)
                {
                    user.Took();
                    byScenario[turn.Scenario].Add(turn);
                    idle = 0;
                }
                else if (++idle >= mine.Length)
                {
                    await Task.Delay(1, cancellationToken); // everyone here is reading, or waiting for the outbox
                    idle = 0;
                }
            }

            return byScenario;
        }));
        var elapsed = clock.Elapsed;
        var merged = Scenarios.All.Select(s =>
        {
            var total = new ScenarioResult(s);
            foreach (var result in results)
            {
                total.Add(result[s]);
            }

            return total;
        }).ToList();
        return (merged, elapsed);
    }
}
