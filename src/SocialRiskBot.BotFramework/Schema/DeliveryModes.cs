namespace SocialRiskBot.BotFramework.Schema;

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The caller wants every reply in the HTTP response body instead of on the connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
