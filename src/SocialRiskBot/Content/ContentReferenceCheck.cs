using System.Text.RegularExpressions;

namespace SocialRiskBot.Content;

/// <summary>
/// Checks one content text against the configuration: every placeholder names something that exists, and no
/// department, category or module is named in free text, where a reference belongs and a rename would leave the
/// text behind. Configured names are matched as whole words, in any case.
/// </summary>
public sealed partial class ContentReferenceCheck
{
    private readonly ContentVocabulary _vocabulary;
    private readonly (Regex Pattern, string Problem)[] _names;

    public ContentReferenceCheck(ContentVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _names =
        [
            .. vocabulary.Departments.Select(d => (Word(d.Name), $"names the department '{d.Name}' in free text; write {{department:{d.Id}}} so it follows the configuration")),
            .. vocabulary.Categories.Select(c => (Word(c.Label), $"quotes the category '{c.Label}' in free text; write {{category:{c.Id}}} so it follows the configuration")),
            .. vocabulary.Modules.Select(m => (Word(m.Title), $"names the module '{m.Title}' in free text; write {{module:{m.Id}}}")),
        ];
    }

    public IReadOnlyList<TextProblem> Problems(string text, TextRole role)
    {
        var parsed = ContentText.Parse(text);
        var problems = new List<TextProblem>(parsed.Problems);
        foreach (var placeholder in parsed.Placeholders)
        {
            var problem = role == TextRole.Unrendered
                ? $"placeholders are not rendered here; write '{Shown(placeholder)}' in words"
                : Reference(placeholder, role, text);
            if (problem is not null)
            {
                problems.Add(new TextProblem(placeholder.Index, problem));
            }
        }

        if (role != TextRole.Unrendered)
        {
            var free = parsed.FreeText();
            problems.AddRange(_names.SelectMany(n => n.Pattern.Matches(free).Select(m => new TextProblem(m.Index, n.Problem))));
            problems.AddRange(Markup(free, role));
        }

        return [.. problems.OrderBy(p => p.Index)];
    }

    private string? Reference(Placeholder placeholder, TextRole role, string text)
    {
        var (kind, id) = (placeholder.Kind, placeholder.Id);
        if (!PlaceholderKinds.All.Contains(kind))
        {
            return $"'{Shown(placeholder)}': '{kind}' is not a kind of placeholder (use {WordList.Of(PlaceholderKinds.All)})";
        }

        if (PlaceholderKinds.TakesId(kind) != id is not null)
        {
            return id is null ? $"'{Shown(placeholder)}' needs an id, e.g. {{{kind}:…}}" : $"'{Shown(placeholder)}' takes no id: write {{{kind}}}";
        }

        if (kind == PlaceholderKinds.Committee)
        {
            return role == TextRole.Markdown && !AloneOnItsLine(placeholder, text) ? "{committee} renders a list: put it on a line of its own" : null;
        }

        var known = kind switch
        {
            PlaceholderKinds.Department => _vocabulary.Departments.Select(d => d.Id),
            PlaceholderKinds.Command => ChatCommands.All.Select(c => c.Id),
            PlaceholderKinds.Module => _vocabulary.Modules.Select(m => m.Id),
            _ => _vocabulary.Categories.Select(c => c.Id),
        };
        var what = kind switch
        {
            PlaceholderKinds.Department => "department",
            PlaceholderKinds.Command => "command",
            PlaceholderKinds.Module => "training module",
            _ => "incident category",
        };
        return known.Contains(id, StringComparer.Ordinal) ? null : $"'{Shown(placeholder)}': '{id}' is not a configured {what} (there are: {string.Join(", ", known)})";
    }

    private static IEnumerable<TextProblem> Markup(string free, TextRole role)
    {
        if (free.IndexOf('`', StringComparison.Ordinal) is var tick and >= 0)
        {
            yield return new TextProblem(tick, "backticks show as they are in Teams; write a command as {command:report}");
        }

        foreach (Match bold in Bold().Matches(free))
        {
            if (ChatCommands.All.FirstOrDefault(c => string.Equals(c.Name, bold.Groups["words"].Value.Trim(), StringComparison.OrdinalIgnoreCase)) is { Id: { } id })
            {
                yield return new TextProblem(bold.Index, $"write the command as {{command:{id}}}, so it always matches what the bot understands");
            }
        }

        if (role == TextRole.Plain && free.IndexOf("**", StringComparison.Ordinal) is var stars and >= 0)
        {
            yield return new TextProblem(stars, "this text is shown plain: markdown such as ** would show as it is");
        }
    }

    private static bool AloneOnItsLine(Placeholder placeholder, string text)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, placeholder.Index - 1)) + 1;
        var end = text.IndexOf('\n', placeholder.Index) is var newline and >= 0 ? newline : text.Length;
        return text[start..end].Trim().Length == placeholder.Length;
    }

    private static string Shown(Placeholder placeholder) => placeholder.Id is null ? $"{{{placeholder.Kind}}}" : $"{{{placeholder.Kind}:{placeholder.Id}}}";

    private static Regex Word(string name) =>
        new($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(name)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\*\*(?<words>[^*\n]{1,40})\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Bold();
}
