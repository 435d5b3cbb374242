using System.Globalization;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Deep links that open a channel message in Teams (desktop, web and mobile):
/// <c>https://teams.microsoft.com/l/message/{channelId}/{messageId}?tenantId=…&amp;parentMessageId={messageId}</c>,
/// the format Microsoft Learn gives for navigating to a channel conversation.
/// </summary>
public static class TeamsMessageLinks
{
    private const string MessageIdMarker = ";messageid=";

    /// <param name="threadConversationId">The thread's conversation id, <c>19:…@thread.tacv2;messageid=…</c>.</param>
    /// <param name="messageId">The root message's id, when known; else read from the thread id.</param>
    /// <returns>Null when the channel or the message is not known.</returns>
    public static string? ChannelMessage(string? threadConversationId, string? messageId, string? tenantId)
    {
        if (string.IsNullOrEmpty(threadConversationId))
        {
            return null;
        }

        var marker = threadConversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        var channelId = marker < 0 ? threadConversationId : threadConversationId[..marker];
        var rootId = marker < 0 ? messageId : threadConversationId[(marker + MessageIdMarker.Length)..];
        if (string.IsNullOrEmpty(rootId) || string.IsNullOrEmpty(channelId))
        {
            return null;
        }

        var tenant = string.IsNullOrEmpty(tenantId) ? string.Empty : $"tenantId={Uri.EscapeDataString(tenantId)}&";
        return string.Create(CultureInfo.InvariantCulture,
            $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(rootId)}?{tenant}parentMessageId={Uri.EscapeDataString(rootId)}");
    }
}
