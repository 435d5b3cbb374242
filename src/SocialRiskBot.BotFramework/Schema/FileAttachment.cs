using System.Text.Json;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>
/// A file a user sent in a message, read from the activity's attachments: where to fetch it and the name the user
/// gave it. Everything here comes from the wire and is untrusted, the URL included.
/// </summary>
/// <param name="Url">Null when Teams sent no usable URL.</param>
public sealed record FileAttachment(FileAttachmentKind Kind, string? Name, string? Url)
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>
    /// The files among <paramref name="attachments"/>, in order: Teams files and pasted images. Everything else (the
    /// <c>text/html</c> copy of the message, cards) is not a file and is left out.
    /// </summary>
    public static IReadOnlyList<FileAttachment> From(IEnumerable<Attachment>? attachments)
    {
        var files = new List<FileAttachment>();
        foreach (var attachment in attachments ?? [])
        {
            if (string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new FileAttachment(FileAttachmentKind.TeamsFile, attachment.Name, DownloadUrl(attachment.Content)));
            }
            else if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)
            {
                // Pasted images carry contentUrl; some clients put the same URL in content.downloadUrl instead.
                var url = string.IsNullOrWhiteSpace(attachment.ContentUrl) ? DownloadUrl(attachment.Content) : attachment.ContentUrl;
                files.Add(new FileAttachment(FileAttachmentKind.InlineImage, attachment.Name, url));
            }
        }

        return files;
    }

    private static string? DownloadUrl(JsonElement? content) =>
        content is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("downloadUrl", out var url)
        && url.ValueKind == JsonValueKind.String
            ? url.GetString()
            : null;
}
