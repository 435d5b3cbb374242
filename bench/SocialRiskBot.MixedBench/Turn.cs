namespace SocialRiskBot.MixedBench;

/// <summary>One POST to /api/messages: how long the bot took, and what it sent to the conversation by then.</summary>
public sealed record Turn(string Scenario, double LatencyMs, bool Succeeded, IReadOnlyList<Delivered> Replies)
{
    public const string Apology = "Sorry, something went wrong";

    /// <summary>Null when the turn went as the flow expects; else what was wrong.</summary>
    public string? Error { get; init; }

    /// <summary>A flow that could not go on without sending anything: an error, but no turn to time.</summary>
    public static Turn Failed(string scenario, string error) => new(scenario, double.NaN, true, []) { Error = $"{scenario}: {error}" };

    public Turn Expect(bool expected, string what) =>
        Error is not null || expected ? this : this with { Error = $"{Scenario}: expected {what}, got {Describe()}" };

    /// <summary>The first reply that carries <paramref name="fragment"/>, or null.</summary>
    public Delivered? With(string fragment) => Replies.FirstOrDefault(r => r.Has(fragment));

    public string Describe() =>
        Replies.Count == 0 ? "no reply" : string.Join(" | ", Replies.Select(r => $"{r.Method} {Shorten(r.Json)}"));

    /// <summary>The card's body when there is one (the envelope says little), cut short.</summary>
    private static string Shorten(string json)
    {
        var body = json.IndexOf("\"body\"", StringComparison.Ordinal);
        var text = body >= 0 ? json[body..] : json;
        return text.Length <= 400 ? text : text[..400] + "…";
    }
}
