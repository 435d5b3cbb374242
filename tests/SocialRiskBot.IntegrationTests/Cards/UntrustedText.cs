using System.Collections.Frozen;
using System.Text;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>Text a user could type (a name, a report) that must be shown as typed, never interpreted.</summary>
internal static class UntrustedText
{
    public static FrozenDictionary<string, string> Samples { get; } = new Dictionary<string, string>
    {
        ["markdown link"] = "[click](https://evil.example)",
        ["markdown bold"] = "**bold**",
        ["Teams mention"] = "<at>x</at>",
        ["script tag"] = "<script>alert(1)</script>",
        ["image with onerror"] = "<img src=x onerror=alert(1)>",
        ["2,000 chars of RTL/bidi/zero-width/control text"] = MixedScripts(2000),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Hebrew and Arabic words, a RIGHT-TO-LEFT OVERRIDE (U+202E) and other bidi controls, zero-width
    /// joiner/non-joiner/space, a byte-order mark, a combining mark and a few C0/C1 control characters,
    /// repeated to exactly <paramref name="length"/> UTF-16 code units (all in the BMP).
    /// </summary>
    private static string MixedScripts(int length)
    {
        string[] pieces =
        [
            "שלום ", "مرحبا بكم ", "\u202E", "evil.exe", "\u202C", "\u200D", "\u200B", "\u200C", "\u2067", "עברית", "\u2069",
            "\uFEFF", "e\u0301", "\u0007", "\u001B[31m", "\u0008", "\u007F", "\u0085", "\u0000", " العربية ", "\u2060", "\t",
        ];
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(pieces[i % pieces.Length]);
        }

        return text.ToString(0, length);
    }
}
