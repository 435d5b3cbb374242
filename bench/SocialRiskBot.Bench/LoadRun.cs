using System.Diagnostics;
using System.Text;

namespace SocialRiskBot.Bench;

/// <summary>
/// <paramref name="concurrency"/> workers POST messages (each the next of <c>texts</c>) for a fixed time, each from one of many
/// users (Teams paces replies per conversation, so one user could not produce this load).
/// </summary>
public static class LoadRun
{
    private const int Users = 4000;
    private static long _sequence;

    public static async Task<LoadResult> ExecuteAsync(string botBaseUrl, string serviceUrl, int concurrency, TimeSpan duration, CancellationToken cancellationToken, IReadOnlyList<string> texts)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(botBaseUrl),
        };
        var latencies = new List<double>[concurrency];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(50_000);
            while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref _sequence);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/messages", Body(n, serviceUrl, texts[(int)(n % texts.Count)]), cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        });
        await Task.WhenAll(workers);
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(all, clock.Elapsed, errors);
    }

    private static StringContent Body(long n, string serviceUrl, string text)
    {
        var user = n % Users;
        var json = $$"""
            {"type":"message","id":"bench-{{n}}","channelId":"msteams","serviceUrl":"{{serviceUrl}}","text":{{System.Text.Json.JsonSerializer.Serialize(text)}},
             "from":{"id":"29:user-{{user}}","name":"Bench User","aadObjectId":"aad-{{user}}"},
             "recipient":{"id":"28:bot","name":"SocialRiskBot"},
             "conversation":{"id":"a:personal-{{user}}","conversationType":"personal","tenantId":"t1"},
             "channelData":{"tenant":{"id":"t1"} },"locale":"en-US"}
            """;
        return new StringContent(json, Encoding.UTF8, "application/json");
    }
}

public sealed record LoadResult(double[] SortedLatenciesMs, TimeSpan Elapsed, int Errors)
{
    public double TurnsPerSecond => SortedLatenciesMs.Length / Elapsed.TotalSeconds;

    public double Percentile(double p) =>
        SortedLatenciesMs.Length == 0 ? double.NaN : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * SortedLatenciesMs.Length) - 1)];
}
