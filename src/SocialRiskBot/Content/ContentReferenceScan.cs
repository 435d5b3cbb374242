using SocialRiskBot.Faq;
using SocialRiskBot.Incidents;
using SocialRiskBot.Training;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Content;

/// <summary>
/// Walks the content files and the configured categories' advice for every text a card shows, and checks each with
/// <see cref="ContentReferenceCheck"/>. Problems name file, line and what is wrong, like the loaders' own; a file
/// the loaders already refuse (missing, not YAML) is left to them.
/// </summary>
public static class ContentReferenceScan
{
    public const string Configuration = "configuration";

    public static IReadOnlyList<ContentProblem> Check(string folder, ContentVocabulary vocabulary, IReadOnlyDictionary<string, string> trainingModules)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(trainingModules);
        var check = new Checks(new ContentReferenceCheck(vocabulary), new PlaceholderRenderer(vocabulary));
        var problems = new List<ContentProblem>();
        if (Load(Path.Combine(folder, "faq.yaml")) is { } faq && YamlFile.Child(faq, "entries") is YamlSequenceNode entries)
        {
            foreach (var entry in entries.OfType<YamlMappingNode>())
            {
                Scan(check, "content/faq.yaml", entry, "question", TextRole.Unrendered, null, problems);
                Scan(check, "content/faq.yaml", entry, "answer", TextRole.Markdown, FaqEntry.MaxAnswer, problems);
            }
        }

        foreach (var path in TrainingFiles(folder))
        {
            ScanModule(check, $"content/training/{Path.GetFileName(path)}", Load(path), problems);
        }

        ScanConfiguration(check, vocabulary, trainingModules, problems);
        return problems;
    }

    private static void ScanModule(Checks check, string file, YamlMappingNode? module, List<ContentProblem> problems)
    {
        if (module is null)
        {
            return;
        }

        Scan(check, file, module, "title", TextRole.Unrendered, null, problems);
        Scan(check, file, module, "summary", TextRole.Unrendered, null, problems);
        foreach (var question in (YamlFile.Child(module, "questions") as YamlSequenceNode)?.OfType<YamlMappingNode>() ?? [])
        {
            Scan(check, file, question, "stem", TextRole.Markdown, TrainingContentLoader.MaxStem, problems);
            Scan(check, file, question, "explanation", TextRole.Markdown, TrainingContentLoader.MaxExplanation, problems);
            foreach (var choice in (YamlFile.Child(question, "choices") as YamlSequenceNode)?.OfType<YamlMappingNode>() ?? [])
            {
                Scan(check, file, choice, "text", TextRole.Plain, TrainingContentLoader.MaxChoice, problems);
            }
        }
    }

    /// <summary>Each category's advice is shown to reporters like content; each suggested module must exist.</summary>
    private static void ScanConfiguration(Checks check, ContentVocabulary vocabulary, IReadOnlyDictionary<string, string> trainingModules, List<ContentProblem> problems)
    {
        for (var c = 0; c < vocabulary.Categories.Count; c++)
        {
            var category = vocabulary.Categories[c];
            for (var a = 0; a < category.Advice.Count; a++)
            {
                problems.AddRange(check.References.Problems(category.Advice[a], TextRole.Markdown)
                    .Select(p => new ContentProblem(Configuration, 0, $"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.Categories)}:{c}:{nameof(CategorySettings.Advice)}:{a} ({category.Id}): {p.Message}")));
            }

            if (trainingModules.GetValueOrDefault(category.Id) is { Length: > 0 } module && vocabulary.Module(module) is null)
            {
                problems.Add(new ContentProblem(Configuration, 0, $"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.TrainingModules)}:{category.Id}: '{module}' is not a training module (there are: {string.Join(", ", vocabulary.Modules.Select(m => m.Id))})"));
            }
        }
    }

    /// <param name="max">The longest the text may be once rendered with the configured names, so it still reads on a phone.</param>
    private static void Scan(Checks check, string file, YamlMappingNode map, string key, TextRole role, int? max, List<ContentProblem> problems)
    {
        if (YamlFile.Child(map, key) is not YamlScalarNode { Value: { } text } node)
        {
            return;
        }

        // A block scalar (|- or >-) starts on the line after its indicator.
        var first = node.Start.Line + (node.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 1 : 0);
        var found = check.References.Problems(text, role);
        problems.AddRange(found.Select(p => new ContentProblem(file, first + text.AsSpan(0, p.Index).Count('\n'), $"{key}: {p.Message}")));
        var rendered = role == TextRole.Plain ? check.Renderer.Plain(text.Trim()) : check.Renderer.Markdown(text.Trim());
        if (found.Count == 0 && rendered.Length > max)
        {
            problems.Add(new ContentProblem(file, first, $"{key}: with the configured names it is {rendered.Length:N0} characters; keep it to {max:N0} so it reads on a phone"));
        }
    }

    private sealed record Checks(ContentReferenceCheck References, PlaceholderRenderer Renderer);

    private static IEnumerable<string> TrainingFiles(string folder)
    {
        var training = Path.Combine(folder, "training");
        return Directory.Exists(training) ? Directory.GetFiles(training, "*.yaml").Order(StringComparer.Ordinal) : [];
    }

    /// <returns>The root mapping, or null for a file the loaders report themselves.</returns>
    private static YamlMappingNode? Load(string path) => new YamlFile(path, []).Load(path);
}
