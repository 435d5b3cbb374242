namespace SocialRiskBot.Incidents.Relay;

/// <summary>A responder's question to the reporter, relayed to them in personal chat; answered at most once.</summary>
/// <param name="Id">1, 2, … in the order asked on the case.</param>
public sealed record RelayQuestion(string Id, string AskedBy, string Text, DateTimeOffset AskedAt)
{
    public DateTimeOffset? AnsweredAt { get; init; }

    public string? Answer { get; init; }
}
