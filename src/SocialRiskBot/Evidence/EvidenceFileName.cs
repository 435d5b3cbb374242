using System.Globalization;
using System.Text;

namespace SocialRiskBot.Evidence;

/// <summary>
/// Makes a sender's file name safe to show back: the last path part only, no control, bidi or other invisible
/// formatting characters (which can disguise "gpj.exe" as "exe.jpg"), spaces collapsed, at most 100 characters
/// keeping the extension, and a plain fallback ("screenshot.png") when nothing is left.
/// </summary>
public static class EvidenceFileName
{
    public const int MaxLength = 100;

    public static string Sanitise(string? name, FileType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var cleaned = Clean(name);
        return cleaned.Length == 0 ? Fallback(type) : Shorten(cleaned);
    }

    /// <summary>What <see cref="Sanitise"/> keeps of a name before a type is known; empty when nothing is left.</summary>
    public static string Clean(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        var lastPart = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var text = new StringBuilder(lastPart.Length);
        var pendingSpace = false;
        foreach (var rune in lastPart.EnumerateRunes())
        {
            // Tabs and line breaks are control characters too, but they separated words: they become one space.
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(rune.ToString());
        }

        // Leading dots would hide the name on some systems, and "." or ".." are not names.
        return text.ToString().TrimStart('.').TrimEnd('.', ' ');
    }

    private static string Fallback(FileType type) => type == FileTypes.Pdf ? "document.pdf" : $"screenshot.{type.Extension}";

    private static string Shorten(string name)
    {
        if (name.Length <= MaxLength)
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= 10 ? name[dot..] : "";
        return CutAt(name[..(name.Length - extension.Length)], MaxLength - extension.Length).TrimEnd('.', ' ') + extension;
    }

    // Cuts between text elements, so an emoji or an accented letter is never split in two.
    private static string CutAt(string text, int length)
    {
        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var end = elements.ElementIndex + elements.GetTextElement().Length;
            if (end > length)
            {
                break;
            }

            cut = end;
        }

        return text[..cut];
    }
}
