namespace SocialRiskBot.Evidence;

/// <summary>
/// The kinds of evidence we keep, recognised by their first bytes: never by the file's name or the type it claims,
/// both of which the sender chooses.
/// </summary>
public static class FileTypes
{
    /// <summary>Bytes <see cref="Sniff"/> needs to see (fewer is fine for a short file; it then matches less).</summary>
    public const int HeaderLength = 12;

    public static readonly FileType Png = new("image/png", "png", "PNG");
    public static readonly FileType Jpeg = new("image/jpeg", "jpg", "JPEG");
    public static readonly FileType Gif = new("image/gif", "gif", "GIF");
    public static readonly FileType Webp = new("image/webp", "webp", "WebP");
    public static readonly FileType Pdf = new("application/pdf", "pdf", "PDF");

    public static IReadOnlyList<FileType> All { get; } = [Png, Jpeg, Gif, Webp, Pdf];

    /// <returns>The type the content starts like, or null for anything else (BMP, HTML, text, empty…).</returns>
    public static FileType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature))
        {
            return Png;
        }

        if (head.StartsWith(JpegSignature))
        {
            return Jpeg;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return head.StartsWith("%PDF-"u8) ? Pdf : null;
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];

    /// <returns>The type stored under <paramref name="contentType"/>, or null.</returns>
    public static FileType? FromContentType(string? contentType) =>
        All.FirstOrDefault(type => string.Equals(type.ContentType, contentType, StringComparison.OrdinalIgnoreCase));
}
