namespace SocialRiskBot.MixedBench;

/// <summary>The turns of one scenario (or of all) at one concurrency: count, sorted latencies, errors and a few of them spelled out.</summary>
public sealed class ScenarioResult(string scenario)
{
    private readonly List<double> _latencies = [];

    public string Scenario { get; } = scenario;

    public int Errors { get; private set; }

    public List<string> FirstErrors { get; } = [];

    public int Turns => _latencies.Count;

    public void Add(Turn turn)
    {
        if (!double.IsNaN(turn.LatencyMs))
        {
            _latencies.Add(turn.LatencyMs);
        }

        if (turn.Error is not null)
        {
            Errors++;
            if (FirstErrors.Count < 3)
            {
                FirstErrors.Add(turn.Error);
            }
        }
    }

    public void Add(ScenarioResult other)
    {
        _latencies.AddRange(other._latencies);
        Errors += other.Errors;
        FirstErrors.AddRange(other.FirstErrors.Take(3 - Math.Min(3, FirstErrors.Count)));
    }

    public double Percentile(double p)
    {
        if (_latencies.Count == 0)
        {
            return double.NaN;
        }

        _latencies.Sort();
        return _latencies[Math.Min(_latencies.Count - 1, (int)Math.Ceiling(p / 100 * _latencies.Count) - 1)];
    }
}
