namespace SocialRiskBot.BotFramework.Connector;

public enum AttachmentDownloadStatus
{
    /// <summary>The whole body was read, within the size limit.</summary>
    Downloaded,

    /// <summary>The URL, or a redirect's target, is not trusted: it was never requested.</summary>
    Untrusted,

    /// <summary>The body (or its announced length) is over the limit.</summary>
    TooLarge,

    /// <summary>An error status, a network failure, too many redirects.</summary>
    Failed,

    /// <summary>The download took longer than its timeout.</summary>
    TimedOut,
}
