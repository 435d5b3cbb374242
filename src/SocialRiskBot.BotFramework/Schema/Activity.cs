using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>
/// The Bot Framework activity (https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md). Unknown fields are kept in <see cref="Properties"/>; unknown
/// activity types are carried as plain strings. Timestamps stay strings so that a channel's odd format
/// never makes us reject an activity.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Timestamp { get; set; }

    public string? LocalTimestamp { get; set; }

    /// <summary>IANA zone name of the sender, e.g. <c>America/Los_Angeles</c>.</summary>
    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? Locale { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    public JsonElement? Value { get; set; }

    public string? ValueType { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Invoke or event name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>On <c>installationUpdate</c>: <c>add</c>, <c>remove</c>, <c>add-upgrade</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Set by us after authentication; never trusted from the wire.</summary>
    public string? CallerId { get; set; }

    public string? DeliveryMode { get; set; }

    public string? Expiration { get; set; }

    public string? Importance { get; set; }

    public JsonElement? SuggestedActions { get; set; }

    public JsonElement? ReactionsAdded { get; set; }

    public JsonElement? ReactionsRemoved { get; set; }

    public JsonElement? RelatesTo { get; set; }

    public string? Code { get; set; }

    public string? Label { get; set; }

    public string? TopicName { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>
    /// A reply addressed back to the sender, as the reference SDK builds it: from and recipient swapped,
    /// same conversation, <c>replyToId</c> = this activity's id; no id, timestamp or serviceUrl.
    /// </summary>
    public Activity CreateReply() => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            Name = Conversation.Name,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
            IsGroup = Conversation.IsGroup,
        },
        ReplyToId = Id,
        Locale = Locale,
        ChannelId = ChannelId,
    };
}
