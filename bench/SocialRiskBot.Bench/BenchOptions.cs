namespace SocialRiskBot.Bench;

/// <summary>
/// <c>--duration 10 --warmup 3 --concurrency 1,16 --storage sqlite|azurite:&lt;connection string&gt; --otlp off|on
/// --text help --peer off|on</c>; with <c>--otlp on</c> the bot exports its traces and metrics over OTLP to the
/// benchmark's loopback connector; <c>--text</c> is what each message says (a question makes FAQ turns); with
/// <c>--peer on</c> the same load then goes to Microsoft's SDK echo bot (bench/peer), and the ratios are printed.
/// </summary>
public sealed record BenchOptions(TimeSpan Duration, TimeSpan Warmup, int[] Concurrency, string Storage, bool Otlp = false, string Text = "help", bool Peer = false)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), [1, 16], "sqlite");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                "--concurrency" => options with { Concurrency = [.. args[i + 1].Split(',').Select(int.Parse)] },
                "--storage" => options with { Storage = args[i + 1] },
                "--otlp" => options with { Otlp = args[i + 1] == "on" },
                "--text" => options with { Text = args[i + 1] },
                "--peer" => options with { Peer = args[i + 1] == "on" },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }
}
