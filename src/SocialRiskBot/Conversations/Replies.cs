using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Conversations;

/// <summary>Outgoing messages: plain text, or one card per message (Teams splits text + attachment and loses the id).</summary>
public static class Replies
{
    public static Activity Text(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
    };

    public static Activity Card(Attachment card) => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [card],
    };
}
