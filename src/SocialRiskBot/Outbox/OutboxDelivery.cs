namespace SocialRiskBot.Outbox;

/// <summary>Where a message landed: the conversation (a new thread's id for a channel post) and the message id.</summary>
public sealed record OutboxDelivery(string ConversationId, string? ActivityId);
