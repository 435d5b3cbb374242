using System.Text.RegularExpressions;

namespace SocialRiskBot.Evidence;

/// <summary>
/// A file kept as evidence: a blob named <see cref="Id"/> in the <see cref="Container"/> container, and what we know
/// of it. Store these records with the case (or draft) they belong to; the blob store itself lists nothing.
/// </summary>
/// <param name="Id">32 random lowercase hex digits; also the blob's name.</param>
/// <param name="FileName">The sender's name for it, made safe to show (<see cref="EvidenceFileName"/>). Never used to decide anything.</param>
/// <param name="ContentType">The type found in its content (<see cref="FileTypes"/>).</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of its content.</param>
public sealed partial record EvidenceFile(string Id, string FileName, string ContentType, long Bytes, string Sha256, DateTimeOffset AddedAt)
{
    public const string Container = "evidence";

    /// <summary>The extension it is served with, from its sniffed type.</summary>
    public string Extension => FileTypes.FromContentType(ContentType)?.Extension ?? "bin";

    /// <summary>Its kind in a word for people: PNG, JPEG, GIF, WebP, PDF.</summary>
    public string Kind => FileTypes.FromContentType(ContentType)?.Label ?? "File";

    /// <summary>Its size for people: "412 KB", "2.3 MB".</summary>
    public string Size => Bytes >= 1024 * 1024
        ? $"{(Bytes / (1024d * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} MB"
        : $"{Math.Max(1, (int)Math.Round(Bytes / 1024d))} KB";

    /// <summary>True for what <see cref="NewId"/> makes: 32 lowercase hex digits, nothing that could be a path.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static string NewId() => System.Security.Cryptography.RandomNumberGenerator.GetHexString(32, lowercase: true);

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
