namespace SocialRiskBot.MixedBench;

/// <summary>A case card the bot posted as a new thread in a department channel: where responders press its buttons.</summary>
public sealed record CaseThread(string ConversationId, string MessageId, string CardJson);
