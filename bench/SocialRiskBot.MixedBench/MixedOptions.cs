using System.Globalization;
using SocialRiskBot.Bench;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// <c>--duration 10 --warmup 3 --concurrency 1,4,16,64 --storage sqlite|azurite:&lt;connection string&gt;
/// --users 3000 --mix faq:60,train:20,report:15,respond:5 --prime 15</c>; priming runs at the highest concurrency, unmeasured,
/// so that flows are under way (reports half filled in, cases waiting for responders) when the first level starts.
/// </summary>
public sealed record MixedOptions(BenchOptions Bench, int Users, IReadOnlyDictionary<string, int> Mix, TimeSpan Prime)
{
    public static MixedOptions Parse(string[] args)
    {
        var bench = new BenchOptions(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3), [1, 4, 16, 64], "sqlite");
        var options = new MixedOptions(bench, 3000, ParseMix("faq:60,train:20,report:15,respond:5"), TimeSpan.FromSeconds(15));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--duration" => options with { Bench = options.Bench with { Duration = Seconds(value) } },
                "--warmup" => options with { Bench = options.Bench with { Warmup = Seconds(value) } },
                "--concurrency" => options with { Bench = options.Bench with { Concurrency = [.. value.Split(',').Select(int.Parse)] } },
                "--storage" => options with { Bench = options.Bench with { Storage = value } },
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--mix" => options with { Mix = ParseMix(value) },
                "--prime" => options with { Prime = Seconds(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture));

    /// <summary>Shares of the simulated users by scenario, e.g. <c>faq:60,train:20,report:15,respond:5</c>.</summary>
    private static Dictionary<string, int> ParseMix(string value)
    {
        var mix = value.Split(',').Select(p => p.Split(':')).ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture));
        var unknown = mix.Keys.Except(Scenarios.All).ToList();
        return unknown.Count == 0 ? mix : throw new ArgumentException($"Unknown scenario(s) {string.Join(", ", unknown)}; known: {string.Join(", ", Scenarios.All)}");
    }
}
