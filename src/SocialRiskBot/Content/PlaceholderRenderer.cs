using System.Text;

namespace SocialRiskBot.Content;

/// <summary>
/// Renders content text for a card: each placeholder becomes the configured words (see <see cref="PlaceholderKinds"/>).
/// <see cref="Markdown"/> is for text blocks, which Teams reads as markdown (what people tap or type is bold);
/// <see cref="Plain"/> is for choice titles and other plain text (it is quoted instead). Configured words always
/// pass through <see cref="CardSafeText"/>.
/// </summary>
public sealed class PlaceholderRenderer(ContentVocabulary vocabulary)
{
    public string Markdown(string text) => Render(text, markdown: true);

    public string Plain(string text) => Render(text, markdown: false);

    private string Render(string text, bool markdown)
    {
        if (!text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        var rendered = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var placeholder in ContentText.Parse(text).Placeholders)
        {
            rendered.Append(text, at, placeholder.Index - at).Append(Value(placeholder, markdown));
            at = placeholder.Index + placeholder.Length;
        }

        return rendered.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>The words for one placeholder; an id the configuration lacks (startup refuses that content) shows as itself.</summary>
    private string Value(Placeholder placeholder, bool markdown)
    {
        var id = placeholder.Id ?? string.Empty;
        return placeholder.Kind switch
        {
            PlaceholderKinds.Category => Tapped(vocabulary.Category(id)?.Label ?? id, markdown),
            PlaceholderKinds.Owner => vocabulary.Category(id) is { } owned ? vocabulary.NameOf(owned.OwnerId) : id,
            PlaceholderKinds.Routing => vocabulary.Category(id)?.Routing ?? id,
            PlaceholderKinds.Department => vocabulary.NameOf(id),
            PlaceholderKinds.Command => Tapped(ChatCommands.NameOf(id) ?? id, markdown),
            PlaceholderKinds.Module => Tapped(vocabulary.Module(id)?.Title ?? id, markdown),
            PlaceholderKinds.Committee => Committee(markdown),
            _ => id,
        };
    }

    /// <summary>What people tap or type: bold in markdown, in quotes in plain text.</summary>
    private static string Tapped(string words, bool markdown) => markdown ? $"**{CardSafeText.Of(words)}**" : $"\"{CardSafeText.Of(words)}\"";

    /// <summary>Every department on the risk committee, with its remit: a list in markdown, one line in plain text.</summary>
    private string Committee(bool markdown)
    {
        var members = vocabulary.Departments.Where(d => d.OnCommittee).ToList();
        return markdown
            ? string.Join('\n', members.Select(d => d.Remit is null ? $"- **{CardSafeText.Of(d.Name)}**" : $"- **{CardSafeText.Of(d.Name)}**: {CardSafeText.Of(d.Remit)}"))
            : string.Join("; ", members.Select(d => d.Remit is null ? CardSafeText.Of(d.Name) : $"{CardSafeText.Of(d.Name)} ({CardSafeText.Of(d.Remit)})"));
    }
}
