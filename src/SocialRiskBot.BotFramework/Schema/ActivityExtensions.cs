using System.Text.Json;
using System.Text.RegularExpressions;

namespace SocialRiskBot.BotFramework.Schema;

public static partial class ActivityExtensions
{
    /// <summary>The Teams part of channelData, or an empty one when absent or not an object.</summary>
    /// <summary>A one-to-one chat with the bot: Teams says "personal"; other clients may only say it is not a group.</summary>
    public static bool IsPersonalChat(this Activity activity) =>
        activity.Conversation is { } conversation
        && (conversation.ConversationType is "personal" || (conversation.ConversationType is null && conversation.IsGroup != true));

    public static TeamsChannelData GetTeamsChannelData(this Activity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new TeamsChannelData();
        }

        try
        {
            return data.Deserialize(BotJson.Wire.TeamsChannelData) ?? new TeamsChannelData();
        }
        catch (JsonException)
        {
            return new TeamsChannelData(); // Odd channel data must not fail the turn.
        }
    }

    /// <summary>Tenant id from channelData (sent in every Teams context), else from the conversation.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.GetTeamsChannelData().Tenant?.Id ?? activity.Conversation?.TenantId;

    /// <summary>
    /// The text with every <c>&lt;at&gt;…&lt;/at&gt;</c> mention removed and whitespace collapsed: in channels the
    /// bot's own name comes first ("&lt;at&gt;SocialRiskBot&lt;/at&gt; help"), and no command starts with a name.
    /// </summary>
    public static string TextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in activity.Entities?.Where(e => e.Type == "mention") ?? [])
        {
            var mentionText = mention.GetString("text");
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, " ", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>IANA time zone of the user: the activity's localTimezone, else the clientInfo entity's.</summary>
    public static string? GetTimeZone(this Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.LocalTimezone)
            ? activity.LocalTimezone
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.GetString("timezone");

    /// <summary>Locale of the user: the activity's, else the clientInfo entity's.</summary>
    public static string? GetLocale(this Activity activity) =>
        !string.IsNullOrWhiteSpace(activity.Locale)
            ? activity.Locale
            : activity.Entities?.FirstOrDefault(e => e.Type == "clientInfo")?.GetString("locale");

    /// <summary>True when <paramref name="member"/> is this bot (its member id equals the activity's recipient id).</summary>
    public static bool IsBot(this Activity activity, ChannelAccount member) =>
        member.Id is not null && string.Equals(member.Id, activity.Recipient?.Id, StringComparison.Ordinal);

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 200)]
    private static partial Regex Whitespace();
}
