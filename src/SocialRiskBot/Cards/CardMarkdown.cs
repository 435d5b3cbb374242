using System.Text;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Cards;

/// <summary>
/// Curated text written one paragraph or list item per line, made into the Markdown a TextBlock renders as
/// written. In Markdown a single line break inside a paragraph is only a space, and a line right after a list
/// continues its last item; so paragraphs, and a list and the text around it, are set apart by a blank line,
/// while the items of one list stay together.
/// </summary>
public static partial class CardMarkdown
{
    [GeneratedRegex(@"^\s*([-*+]|\d{1,9}[.)])\s")]
    private static partial Regex ListItem();

    /// <summary>Code spans and bold or italic marks around words: <c>`report`</c>, <c>**Skip**</c>, <c>_now_</c>.</summary>
    [GeneratedRegex(@"(`+)(?<words>[^`]+?)\1|(\*\*|__)(?<words>\S(?:.*?\S)?)\2|(?<![\w*])[*_](?<words>\S(?:[^*_]*?\S)?)[*_](?![\w*])")]
    private static partial Regex Marked();

    /// <summary>
    /// Text for a place that shows characters as they are (a ChoiceSet's choice, a button title): Markdown's
    /// code, bold and italic marks are taken off the words they wrap, so nobody reads a literal backtick.
    /// </summary>
    public static string Plain(string text) => Marked().Replace(text, m => m.Groups["words"].Value);

    public static string Blocks(string text)
    {
        var blocks = new StringBuilder(text.Length + 16);
        string? previous = null; // the last line written; empty after a blank line
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()))
        {
            if (line.Length == 0)
            {
                previous = previous is null ? null : string.Empty;
                continue;
            }

            if (previous is not null)
            {
                var sameList = previous.Length > 0 && ListItem().IsMatch(previous) && ListItem().IsMatch(line);
                blocks.Append(sameList ? "\n" : "\n\n");
            }

            blocks.Append(line);
            previous = line;
        }

        return blocks.ToString();
    }
}
