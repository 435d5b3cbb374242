namespace SocialRiskBot.BotFramework.Connector;

/// <summary>How a download ended.</summary>
/// <param name="Bytes">Bytes written to the destination (for a refused download, what was read before stopping).</param>
/// <param name="Sha256">Lowercase hex SHA-256 of the body, when <see cref="AttachmentDownloadStatus.Downloaded"/>.</param>
/// <param name="RefusedUrl">The untrusted URL, when <see cref="AttachmentDownloadStatus.Untrusted"/>.</param>
/// <param name="HttpStatus">The answer's status, when the server answered with an error.</param>
public sealed record AttachmentDownloadResult(AttachmentDownloadStatus Status, long Bytes, string? Sha256 = null, Uri? RefusedUrl = null, int? HttpStatus = null);
