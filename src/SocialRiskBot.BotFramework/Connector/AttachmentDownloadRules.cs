namespace SocialRiskBot.BotFramework.Connector;

/// <summary>What an <see cref="AttachmentDownloader"/> may do for one download.</summary>
/// <param name="IsTrusted">Whether a URL may be fetched at all; asked of the first URL and of every redirect target.</param>
/// <param name="SendsBotToken">Whether the first request carries the bot's token. Redirects never do.</param>
/// <param name="MaxBytes">More than this many bytes of body and the download stops, refused.</param>
/// <param name="Timeout">For the whole download: every redirect and the body.</param>
/// <param name="MaxRedirects">Redirects followed before giving up.</param>
public sealed record AttachmentDownloadRules(
    Func<Uri, bool> IsTrusted,
    Func<Uri, bool> SendsBotToken,
    long MaxBytes,
    TimeSpan Timeout,
    int MaxRedirects = 3);
