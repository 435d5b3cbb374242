using System.Globalization;
using System.Text;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// What the encoder sees of a text: one line of plain words, phone shorthand spelt out (<see cref="ChatShorthand"/>). The tokenizer splits on spaces only, keeps accents
/// and knows no emoji, so line breaks become spaces, accents and typographic quotes are folded, and pictographs
/// and invisible characters dropped; anything past <see cref="MaxChars"/> is cut (at a word) before it costs time.
/// </summary>
public static class EncoderText
{
    /// <summary>Changes whenever <see cref="Prepare"/> does: vectors cached from another preparation are not reused.</summary>
    public const int Version = 3;

    /// <summary>About 100 words: a question longer than this has said what it is about by then.</summary>
    public const int MaxChars = 600;

    public static string Prepare(string text)
    {
        var decomposed = ChatShorthand.Expand(text.Length > MaxChars * 2 ? text[..(MaxChars * 2)] : text).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format)
            {
                continue;
            }

            var folded = Fold(rune, category);
            if (folded == ' ')
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }

                continue;
            }

            if (builder.Length >= MaxChars)
            {
                var lastSpace = builder.ToString().LastIndexOf(' ');
                return (lastSpace > 0 ? builder.ToString(0, lastSpace) : builder.ToString()).TrimEnd();
            }

            builder.Append(folded is { } c ? c.ToString() : rune.ToString());
            space = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <returns>A replacement character, ' ' for a separator, or null to keep the rune as it is.</returns>
    private static char? Fold(Rune rune, UnicodeCategory category) => rune.Value switch
    {
        '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2013' or '\u2014' => '-',
        _ when Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) => ' ',
        _ => category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned ? ' ' : null,
    };
}
