namespace SocialRiskBot.Conversations;

/// <summary>
/// What the bot needs to message a user or a channel later, unprompted (reminders, case updates).
/// For a user, <see cref="ConversationId"/> is their personal chat with the bot when known.
/// </summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string? ConversationId,
    string? UserId,
    string? AadObjectId,
    string? TenantId,
    string? Locale,
    string? TimeZone,
    string? ChannelId,
    string? BotId,
    string? TeamId);
