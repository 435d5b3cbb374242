using System.Text.RegularExpressions;

namespace SocialRiskBot.Content;

/// <summary>
/// A content text with its placeholders found (<c>{kind:id}</c>, or <c>{committee}</c>). A brace that makes no
/// placeholder is a problem, so a typo never reaches a card as a stray brace.
/// </summary>
public sealed partial class ContentText
{
    private ContentText(string source, IReadOnlyList<Placeholder> placeholders, IReadOnlyList<TextProblem> problems)
    {
        Source = source;
        Placeholders = placeholders;
        Problems = problems;
    }

    public string Source { get; }

    public IReadOnlyList<Placeholder> Placeholders { get; }

    /// <summary>Braces that make no placeholder, by where they stand.</summary>
    public IReadOnlyList<TextProblem> Problems { get; }

    public static ContentText Parse(string source)
    {
        var placeholders = new List<Placeholder>();
        var problems = new List<TextProblem>();
        var at = 0;
        while (source.IndexOfAny(['{', '}'], at) is var brace and >= 0)
        {
            if (source[brace] == '}')
            {
                problems.Add(new TextProblem(brace, "a '}' without its '{'"));
                at = brace + 1;
            }
            else if (Strict().Match(source, brace) is { Success: true } strict)
            {
                var id = strict.Groups["id"];
                placeholders.Add(new Placeholder(strict.Groups["kind"].Value, id.Success ? id.Value : null, brace, strict.Length));
                at = brace + strict.Length;
            }
            else if (Loose().Match(source, brace) is { Success: true } loose)
            {
                problems.Add(new TextProblem(brace, $"'{loose.Value}' is not a placeholder: write {{kind:id}} in lower case with hyphens, e.g. {{category:account-compromise}}"));
                at = brace + loose.Length;
            }
            else
            {
                problems.Add(new TextProblem(brace, "a '{' without its '}'"));
                at = brace + 1;
            }
        }

        return new ContentText(source, placeholders, problems);
    }

    /// <summary>The text with every placeholder blanked out (same length, so positions still match): the free text.</summary>
    public string FreeText()
    {
        var chars = Source.ToCharArray();
        foreach (var placeholder in Placeholders)
        {
            Array.Fill(chars, ' ', placeholder.Index, placeholder.Length);
        }

        return new string(chars);
    }

    [GeneratedRegex(@"\G\{(?<kind>[a-z]+)(?::(?<id>[a-z0-9]+(?:-[a-z0-9]+)*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Strict();

    [GeneratedRegex(@"\G\{[^{}\r\n]{0,80}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Loose();
}

/// <summary>Something wrong at a position of a content text; the caller turns the position into a file line.</summary>
public sealed record TextProblem(int Index, string Message);
