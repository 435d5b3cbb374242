using System.Security.Cryptography;
using System.Text;

namespace SocialRiskBot.Storage;

/// <summary>
/// Turns ids from the wire (conversation ids, activity ids) into valid table keys. Azure forbids '/', '\\',
/// '#', '?' and control characters in keys; we percent-encode those (and '%' itself) so keys stay readable
/// and distinct ids never collide. An id that would be longer than a key may be once encoded (400 slashes
/// become 2,000 characters) is kept as <c>%~</c>, the SHA-256 of its encoding and the encoding's start:
/// within the limit, still distinct, and never equal to an encoded id, in which every '%' starts four hex digits.
/// </summary>
public static class TableKeys
{
    /// <summary>The longest key the tables take (1 KiB of UTF-16, Azure's limit).</summary>
    public const int MaxLength = 512;

    private const string HashedMark = "%~";

    public static string Encode(string id)
    {
        var encoded = Escape(id);
        if (encoded.Length <= MaxLength)
        {
            return encoded;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(encoded)));
        var start = encoded.AsSpan(0, MaxLength - HashedMark.Length - hash.Length - 1);
        return string.Concat(HashedMark, hash, "~", start);
    }

    private static string Escape(string id)
    {
        if (!id.Any(NeedsEscape))
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 16);
        foreach (var c in id)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
