using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Content;

/// <summary>
/// Checks every text a card shows from content files or the configuration with <see cref="ContentReferenceCheck"/>,
/// the texts found by each feature's <see cref="IContentSource"/>. Problems name file, line and what is wrong, like the
/// loaders' own; a file the loaders already refuse (missing, not YAML) is left to them. Problems in content files
/// come first, then those in the configuration.
/// </summary>
public sealed class ContentReferenceScan
{
    public const string Configuration = "configuration";

    private readonly ContentReferenceCheck _references;
    private readonly PlaceholderRenderer _renderer;

    public ContentReferenceScan(ContentVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        _references = new ContentReferenceCheck(vocabulary);
        _renderer = new PlaceholderRenderer(vocabulary);
    }

    /// <summary>What the texts are checked against.</summary>
    public ContentVocabulary Vocabulary { get; }

    public static IReadOnlyList<ContentProblem> Check(string folder, ContentVocabulary vocabulary, IEnumerable<IContentSource> sources)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(sources);
        var scan = new ContentReferenceScan(vocabulary);
        return [.. sources.SelectMany(source => source.Check(folder, scan)).OrderBy(problem => problem.File == Configuration)];
    }

    /// <summary>The text under <paramref name="key"/> of <paramref name="map"/> in the content file <paramref name="file"/>, when it has one.</summary>
    /// <param name="max">The longest the text may be once rendered with the configured names, so it still reads on a phone.</param>
    public IEnumerable<ContentProblem> Text(string file, YamlMappingNode map, string key, TextRole role, int? max)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (YamlFile.Child(map, key) is not YamlScalarNode { Value: { } text } node)
        {
            return [];
        }

        // A block scalar (|- or >-) starts on the line after its indicator.
        var first = node.Start.Line + (node.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 1 : 0);
        var found = _references.Problems(text, role);
        var problems = found.Select(p => new ContentProblem(file, first + text.AsSpan(0, p.Index).Count('\n'), $"{key}: {p.Message}")).ToList();
        var rendered = role == TextRole.Plain ? _renderer.Plain(text.Trim()) : _renderer.Markdown(text.Trim());
        if (found.Count == 0 && rendered.Length > max)
        {
            problems.Add(new ContentProblem(file, first, $"{key}: with the configured names it is {rendered.Length:N0} characters; keep it to {max:N0} so it reads on a phone"));
        }

        return problems;
    }

    /// <summary>A text from the configuration, named by its key (<c>Incidents:Categories:0:Advice:1 (confidential-leak)</c>).</summary>
    public IEnumerable<ContentProblem> Configured(string key, string text, TextRole role) =>
        _references.Problems(text, role).Select(p => new ContentProblem(Configuration, 0, $"{key}: {p.Message}"));

    /// <returns>The root mapping of a content file, or null for a file the loaders report themselves.</returns>
    internal static YamlMappingNode? Load(string path) => new YamlFile(path, []).Load(path);
}
