namespace SocialRiskBot.BotFramework.Schema;

/// <summary>How a file reached the bot, which decides how it is fetched (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4).</summary>
public enum FileAttachmentKind
{
    /// <summary>A file shared through Teams (OneDrive or SharePoint): its download URL is pre-authenticated and gets no token.</summary>
    TeamsFile,

    /// <summary>A picture pasted into the message: its URL is on the Bot Framework's attachment service and wants the bot's token.</summary>
    InlineImage,
}
