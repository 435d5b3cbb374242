using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>
/// The ids of an inbound activity end up in storage keys and in connector URLs. Teams' ids are at most a few
/// hundred printable characters; one that is far longer or holds control characters is not from Teams, and
/// would fail later, half-way through a turn (a storage key over 1 KiB, a URL the connector refuses).
/// </summary>
internal static class ActivityIds
{
    public const int MaxLength = 400;

    /// <returns>The name of the first id that is too long or has control characters, or null when all are fine.</returns>
    public static string? FirstBad(Activity activity) =>
        Bad(activity.Id) ? "id"
        : Bad(activity.Conversation?.Id) ? "conversation.id"
        : Bad(activity.From?.Id) ? "from.id"
        : Bad(activity.From?.AadObjectId) ? "from.aadObjectId"
        : Bad(activity.ReplyToId) ? "replyToId"
        : Bad(activity.Recipient?.Id) ? "recipient.id"
        : Bad(activity.Conversation?.TenantId) ? "conversation.tenantId"
        : null;

    private static bool Bad(string? id) => id is not null && (id.Length > MaxLength || id.Any(char.IsControl));
}
