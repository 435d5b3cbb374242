using SocialRiskBot.Bench;

// Help-command turns POSTed to /api/messages of the real bot process over loopback, with a loopback connector
// answering at once. Prints throughput, latency percentiles and the bot's peak memory; asserts nothing.
var options = BenchOptions.Parse(args);
await using var connector = await InstantConnector.StartAsync();
await using var bot = await BotProcess.StartAsync(connector.BaseUrl, options);
Console.WriteLine($"bot pid {bot.ProcessId} on {bot.BaseUrl}, storage {options.Storage.Split(':')[0]}, OTLP export {(options.Otlp ? "on" : "off")}, {options.Duration.TotalSeconds:0} s per level");
Console.WriteLine("  c   turns/s    p50 ms    p95 ms    p99 ms   errors   peak RSS MB");
foreach (var concurrency in options.Concurrency)
{
    await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Warmup, CancellationToken.None);
    var result = await LoadRun.ExecuteAsync(bot.BaseUrl, connector.ServiceUrl, concurrency, options.Duration, CancellationToken.None);
    Console.WriteLine($"{concurrency,3} {result.TurnsPerSecond,9:0} {result.Percentile(50),9:0.00} {result.Percentile(95),9:0.00} {result.Percentile(99),9:0.00} {result.Errors,8} {bot.PeakRssMegabytes(),12:0}");
}

Console.WriteLine($"connector received {connector.Received} replies");
