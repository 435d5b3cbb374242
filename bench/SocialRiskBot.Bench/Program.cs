using SocialRiskBot.Bench;

// Messages (help by default, or --text) POSTed to /api/messages of the real bot process over loopback, with a
// loopback connector answering at once; with --peer on, the same load then goes to Microsoft's SDK echo bot.
// Prints throughput, latency percentiles and peak memory, and ours/peer ratios; asserts nothing.
var options = BenchOptions.Parse(args);
await using var connector = await InstantConnector.StartAsync();
// A question per message from 4,000 people is far above the per-person question limit that protects the FAQ.
var settings = new Dictionary<string, string> { ["Abuse__QuestionsPerMinute"] = "1000" };
var ours = await MeasureAsync("SocialRiskBot", await BotProcess.StartAsync(connector.BaseUrl, options, settings));
if (options.Peer)
{
    var peer = await MeasureAsync("botbuilder-js echo", await BotProcess.StartPeerAsync());
    Console.WriteLine($"ours/peer turns/s: {string.Join("  ", options.Concurrency.Select((c, i) => $"c={c} {ours[i] / peer[i]:0.00}x"))}");
}

Console.WriteLine($"connector received {connector.Received} replies");

async Task<List<double>> MeasureAsync(string name, BotProcess bot)
{
    await using (bot)
    {
        Console.WriteLine($"{name}: pid {bot.ProcessId} on {bot.BaseUrl}, storage {options.Storage.Split(':')[0]}, OTLP export {(options.Otlp ? "on" : "off")}, text \"{options.Text}\", {options.Duration.TotalSeconds:0} s per level");
        Console.WriteLine("  c   turns/s    p50 ms    p95 ms    p99 ms   errors   peak RSS MB");
        var rates = new List<double>();
        foreach (var concurrency in options.Concurrency)
        {
            await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Warmup, CancellationToken.None, options.Text);
            var result = await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Duration, CancellationToken.None, options.Text);
            rates.Add(result.TurnsPerSecond);
            Console.WriteLine($"{concurrency,3} {result.TurnsPerSecond,9:0} {result.Percentile(50),9:0.00} {result.Percentile(95),9:0.00} {result.Percentile(99),9:0.00} {result.Errors,8} {bot.PeakRssMegabytes(),12:0}");
        }

        return rates;
    }
}
