namespace SocialRiskBot.MixedBench;

/// <summary>One activity the bot sent to the connector: POST (new message) or PUT (a message replaced), with the message id Teams would give it.</summary>
public sealed record Delivered(string Method, string ConversationId, string MessageId, string Json)
{
    public bool IsUpdate => Method == "PUT";

    public bool Has(string fragment) => Json.Contains(fragment, StringComparison.Ordinal);
}
