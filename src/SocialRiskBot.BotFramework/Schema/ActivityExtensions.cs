using System.Text;
using System.Text.Json;

namespace SocialRiskBot.BotFramework.Schema;

public static class ActivityExtensions
{
    /// <summary>A one-to-one chat with the bot: Teams says "personal"; other clients may only say it is not a group.</summary>
    public static bool IsPersonalChat(this Activity activity) =>
        activity.Conversation is { } conversation
        && (conversation.ConversationType is "personal" || (conversation.ConversationType is null && conversation.IsGroup != true));

    /// <summary>The Teams part of channelData, or an empty one when absent or not an object.</summary>
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
    /// Each step is one pass over the text, so no text, however long or odd, makes it slow.
    /// </summary>
    public static string TextWithoutMentions(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;

        // Teams writes each mention's entity text into the message as an <at> tag, which the next step removes;
        // the first few distinct entity texts are removed as written too, for a mention written otherwise.
        foreach (var mentionText in activity.Entities?.Where(e => e.Type == "mention").Select(e => e.GetString("text"))
                     .Where(t => !string.IsNullOrEmpty(t)).Distinct(StringComparer.Ordinal).Take(MaxMentionTexts) ?? [])
        {
            text = text.Replace(mentionText!, " ", StringComparison.Ordinal);
        }

        return string.Join(' ', WithoutAtTags(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Removes each <c>&lt;at&gt;…&lt;/at&gt;</c>, up to the first closing tag; an <c>&lt;at&gt;</c> never closed stays as written.</summary>
    internal static string WithoutAtTags(string text)
    {
        var open = text.IndexOf(AtOpen, StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var from = 0;
        while (open >= 0)
        {
            var close = text.IndexOf(AtClose, open + AtOpen.Length, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break; // no closing tag after this one, so none after any later one either
            }

            kept.Append(text, from, open - from).Append(' ');
            from = close + AtClose.Length;
            open = text.IndexOf(AtOpen, from, StringComparison.OrdinalIgnoreCase);
        }

        return kept.Append(text, from, text.Length - from).ToString();
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

    private const string AtOpen = "<at>";
    private const string AtClose = "</at>";
    private const int MaxMentionTexts = 20;
}
