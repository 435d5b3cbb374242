using System.Diagnostics;
using System.Text;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// Sends one activity as Teams does and reads what the bot sent to that conversation by the time the POST was
/// answered (the bot sends a turn's replies before it answers). Non-2xx and the apology are errors of any flow.
/// </summary>
public sealed class TurnClient(HttpClient http, RecordingConnector connector)
{
    public async Task<Turn> SendAsync(string scenario, string conversationId, string activityJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(activityJson, Encoding.UTF8, "application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync("/api/messages", content, cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var replies = connector.Drain(conversationId);
        var turn = new Turn(scenario, latency, response.IsSuccessStatusCode, replies);
        if (!response.IsSuccessStatusCode)
        {
            return turn with { Error = $"{scenario}: HTTP {(int)response.StatusCode}" };
        }

        return replies.Any(r => r.Has(Turn.Apology)) ? turn with { Error = $"{scenario}: apology: {turn.Describe()}" } : turn;
    }

    /// <summary>What reached the conversation since it was last read (e.g. from the bot's outbox), without a turn.</summary>
    public List<Delivered> Read(string conversationId) => connector.Drain(conversationId);
}
