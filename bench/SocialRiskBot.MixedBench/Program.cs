using SocialRiskBot.Bench;
using SocialRiskBot.MixedBench;

// Mixed traffic through /api/messages of the real bot process: FAQ questions, quizzes, reports and responders
// acting on the resulting cases, each simulated user with its own conversation, against a loopback connector
// that answers at once. Prints turns/s, latency percentiles, errors and the bot's peak memory; asserts nothing.
var options = MixedOptions.Parse(args);
await using var connector = await RecordingConnector.StartAsync();
var users = Population.Create(options.Users, options.Mix, FaqQuestions.Load(), connector);
await using var bot = await BotProcess.StartAsync(connector.BaseUrl, options.Bench, BotSettings.For(users.OfType<Responder>().Count()));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Bench.Concurrency.Max(), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    BaseAddress = new Uri(bot.BaseUrl),
};
var client = new TurnClient(http, connector);
var inbound = new Inbound(connector.ServiceUrl);
var storage = options.Bench.Storage.Split(':')[0];
Console.WriteLine($"bot pid {bot.ProcessId} on {bot.BaseUrl}, storage {storage}, {options.Users} users ({string.Join(", ", options.Mix.Select(m => $"{m.Key} {m.Value}"))}), {options.Bench.Duration.TotalSeconds:0} s per level");
Console.WriteLine("storage    c  scenario    turns    turns/s    p50 ms    p95 ms    p99 ms   errors   peak RSS MB");
await MixedRun.ExecuteAsync(users, client, inbound, options.Bench.Concurrency.Max(), options.Prime, CancellationToken.None);
Responder.TakeLateUpdates();
var problems = new List<string>();
foreach (var concurrency in options.Bench.Concurrency)
{
    await MixedRun.ExecuteAsync(users, client, inbound, concurrency, options.Bench.Warmup, CancellationToken.None);
    var (scenarios, elapsed) = await MixedRun.ExecuteAsync(users, client, inbound, concurrency, options.Bench.Duration, CancellationToken.None);
    var rss = bot.PeakRssMegabytes();
    var overall = new ScenarioResult("overall");
    foreach (var scenario in scenarios.Where(s => s.Turns > 0 || s.Errors > 0))
    {
        overall.Add(scenario);
        Print(storage, concurrency, scenario, elapsed, rss);
    }

    Print(storage, concurrency, overall, elapsed, rss);
    if (Responder.TakeLateUpdates() is > 0 and var late)
    {
        problems.Add($"noted: c={concurrency} {late} case card updates reached the thread more than 15 s after the press (outbox behind)");
    }

    problems.AddRange(overall.FirstErrors.Select(e => $"error: c={concurrency} {e}"));
}

Console.WriteLine($"connector received {connector.Received} messages; cases still waiting for a responder: {connector.NewCases.Count}");
foreach (var problem in problems)
{
    Console.WriteLine(problem);
}

static void Print(string storage, int c, ScenarioResult r, TimeSpan elapsed, double rss) =>
    Console.WriteLine($"{storage,-7} {c,4}  {r.Scenario,-8} {r.Turns,8} {r.Turns / elapsed.TotalSeconds,10:0} {r.Percentile(50),9:0.00} {r.Percentile(95),9:0.00} {r.Percentile(99),9:0.00} {r.Errors,8} {rss,13:0}");
