using SocialRiskBot.Bench;

// Messages (help by default, or --text, or --questions dev) POSTed to /api/messages of the real bot process over
// loopback, with a loopback connector answering at once; with --peer on, the same load then goes to Microsoft's
// SDK echo bot. Prints throughput, latency percentiles, CPU time per turn (the process's own, from /proc: on a
// shared machine a steadier figure than throughput) and peak memory, and ours/peer ratios; asserts nothing.
var options = BenchOptions.Parse(args);
var texts = options.Texts();
await using var connector = await InstantConnector.StartAsync();
// A question per message from 4,000 people is far above the per-person question limit that protects the FAQ.
var settings = new Dictionary<string, string> { ["Abuse__QuestionsPerMinute"] = "1000" };
Console.WriteLine(Directory.Exists(BotProcess.FaqCacheFolder)
    ? $"FAQ vectors cached in {BotProcess.FaqCacheFolder} by an earlier run: a warm start"
    : $"no FAQ vectors in {BotProcess.FaqCacheFolder} yet: a cold start (the bot encodes the FAQ before it is ready)");
var ours = await MeasureAsync("SocialRiskBot", await BotProcess.StartAsync(connector.BaseUrl, options, settings));
if (options.Peer)
{
    var peer = await MeasureAsync("botbuilder-js echo", await BotProcess.StartPeerAsync());
    Console.WriteLine($"ours/peer turns/s: {string.Join("  ", options.Concurrency.Select((c, i) => $"c={c} {ours[i].TurnsPerSecond / peer[i].TurnsPerSecond:0.00}x"))}");
    Console.WriteLine($"peer/ours CPU per turn: {string.Join("  ", options.Concurrency.Select((c, i) => $"c={c} {peer[i].CpuPerTurn / ours[i].CpuPerTurn:0.00}x"))}");
}

Console.WriteLine($"connector received {connector.Received} replies");

async Task<List<(double TurnsPerSecond, double CpuPerTurn)>> MeasureAsync(string name, BotProcess bot)
{
    await using (bot)
    {
        var saying = options.DevQuestions ? $"the {texts.Count} questions of tests/faq-dev in turn" : $"text \"{options.Text}\"";
        Console.WriteLine($"{name}: pid {bot.ProcessId} on {bot.BaseUrl}, storage {options.Storage.Split(':')[0]}, OTLP export {(options.Otlp ? "on" : "off")}, {saying}, {options.Duration.TotalSeconds:0} s per level");
        Console.WriteLine("  c   turns/s    p50 ms    p95 ms    p99 ms   errors   CPU ms/turn   peak RSS MB");
        var rates = new List<(double, double)>();
        foreach (var concurrency in options.Concurrency)
        {
            await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Warmup, CancellationToken.None, texts);
            var cpuBefore = bot.CpuTime();
            var result = await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Duration, CancellationToken.None, texts);
            var cpuPerTurn = (bot.CpuTime() - cpuBefore).TotalMilliseconds / Math.Max(1, result.SortedLatenciesMs.Length);
            rates.Add((result.TurnsPerSecond, cpuPerTurn));
            Console.WriteLine($"{concurrency,3} {result.TurnsPerSecond,9:0} {result.Percentile(50),9:0.00} {result.Percentile(95),9:0.00} {result.Percentile(99),9:0.00} {result.Errors,8} {cpuPerTurn,13:0.000} {bot.PeakRssMegabytes(),13:0}");
        }

        return rates;
    }
}
