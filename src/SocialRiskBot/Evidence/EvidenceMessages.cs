using System.Globalization;

namespace SocialRiskBot.Evidence;

/// <summary>The sentences a sender reads about a file that was not kept: short, kind, and saying what to do instead.</summary>
internal static class EvidenceMessages
{
    public static string WrongType(string name) =>
        $"{Capitalised(name)} isn't a picture or PDF I can keep: send PNG, JPEG, GIF, WebP or PDF.";

    public static string TooLarge(string name, long maxBytes) =>
        $"{Capitalised(name)} is over {Size(maxBytes)}, more than I can keep: send a smaller file or a screenshot.";

    public static string TooMany(string name, int maxFiles) =>
        $"I left out {name}: this case already has {maxFiles} files, the most it can hold.";

    public static string Untrusted(string name, string host) =>
        $"I can only take files shared in Teams, so I left out {name} (it comes from {host}).";

    public static string Duplicate(string name) =>
        $"{Capitalised(name)} is already in this case, so I didn't add it twice.";

    public static string Unavailable(string name) =>
        $"I couldn't fetch {name} just now: please send it again.";

    private static string Capitalised(string text) =>
        text.Length > 0 && char.IsLower(text[0]) && text.StartsWith("the ", StringComparison.Ordinal) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? $"{(bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MB"
            : $"{(bytes / 1024d).ToString("0.#", CultureInfo.InvariantCulture)} KB";
}
