namespace SocialRiskBot.MixedBench;

/// <summary>One person talking to the bot: their own conversation and flow state; one turn at a time.</summary>
public abstract class SimulatedUser(int id)
{
    /// <summary>
    /// A person reads a card before pressing: at most one turn a second each, which also keeps every conversation
    /// inside Teams' per-thread limits that the bot paces its replies to (7 a second, 60 in 30 s).
    /// </summary>
    private static readonly TimeSpan ReadingTime = TimeSpan.FromSeconds(1);

    private long _readyAt;

    public int Id { get; } = id;

    public bool Ready => System.Diagnostics.Stopwatch.GetTimestamp() >= _readyAt;

    public void Took() => _readyAt = System.Diagnostics.Stopwatch.GetTimestamp() + (long)(ReadingTime.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);

    public abstract string Scenario { get; }

    /// <summary>The user's next turn, checked against what the flow expects; null when they have nothing to do right now.</summary>
    public abstract Task<Turn?> StepAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken);

    protected string Conversation => Inbound.PersonalConversation(Id);
}
