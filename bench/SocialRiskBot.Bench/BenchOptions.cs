namespace SocialRiskBot.Bench;

/// <summary>
/// <c>--duration 10 --warmup 3 --concurrency 1,16 --storage sqlite|azurite:&lt;connection string&gt; --otlp off|on
/// --text help --questions dev --peer off|on</c>; with <c>--otlp on</c> the bot exports its traces and metrics over OTLP to the
/// benchmark's loopback connector; <c>--text</c> is what each message says (a question makes FAQ turns), <c>--questions dev</c> makes each message the
/// next question of the FAQ dev set (tests/faq-dev: in scope, typed on a phone and off-topic), so that questions
/// vary as they do in use; with
/// <c>--peer on</c> the same load then goes to Microsoft's SDK echo bot (bench/peer), and the ratios are printed.
/// </summary>
public sealed record BenchOptions(TimeSpan Duration, TimeSpan Warmup, int[] Concurrency, string Storage, bool Otlp = false, string Text = "help", bool Peer = false, bool DevQuestions = false)
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
                "--questions" when args[i + 1] == "dev" => options with { DevQuestions = true },
                "--peer" => options with { Peer = args[i + 1] == "on" },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }

    /// <summary>What the messages say, in turn.</summary>
    public IReadOnlyList<string> Texts() => DevQuestions ? DevSet() : [Text];

    private static List<string> DevSet()
    {
        var folder = Path.Combine(BotProcess.RepositoryRoot(), "tests", "faq-dev");
        return [.. Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(line => line.Trim().Length > 0)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("q").GetString()!)];
    }
}
