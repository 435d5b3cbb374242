using System.Text;

namespace SocialRiskBot.Content;

/// <summary>
/// Configured words (a label, a department's name) rendered into curated card text, which Teams reads as markdown:
/// they must stay plain words on one line, whatever an administrator typed.
/// </summary>
public static class CardSafeText
{
    public static string Of(string configured)
    {
        var text = new StringBuilder(configured.Length);
        foreach (var c in configured)
        {
            text.Append(c switch
            {
                '[' => '(',
                ']' => ')',
                '<' => '‹',
                '>' => '›',
                '*' or '_' or '`' or '~' or '#' or '|' or '\\' => ' ',
                _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
                _ => c,
            });
        }

        // Runs of spaces, and a leading dash or plus that would start a list when the value opens a line.
        return string.Join(' ', text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimStart('-', '+', ' ');
    }
}
