using System.Text.Json;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>Body of <c>POST v3/conversations</c>: a 1:1 chat with a user, or a new thread in a Teams channel.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The first message of a new channel thread.</summary>
    public Activity? Activity { get; set; }

    public JsonElement? ChannelData { get; set; }
}
