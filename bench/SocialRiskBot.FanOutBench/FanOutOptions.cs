using System.Globalization;

namespace SocialRiskBot.FanOutBench;

/// <summary><c>--recipients 10000 --rate 50 --blocked-percent 1 --latency-ms 20</c></summary>
public sealed record FanOutOptions(int Recipients, int Rate, double BlockedPercent, TimeSpan Latency)
{
    public static FanOutOptions Parse(string[] args)
    {
        var options = new FanOutOptions(10_000, 50, 1, TimeSpan.FromMilliseconds(20));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--recipients" => options with { Recipients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = int.Parse(value, CultureInfo.InvariantCulture) },
                "--blocked-percent" => options with { BlockedPercent = double.Parse(value, CultureInfo.InvariantCulture) },
                "--latency-ms" => options with { Latency = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"Option {args[^1]} has no value");
        }

        return options;
    }
}
