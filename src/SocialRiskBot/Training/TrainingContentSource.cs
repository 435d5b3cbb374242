using SocialRiskBot.Content;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Training;

/// <summary>
/// The training modules as content names them, and the texts of <c>training/*.yaml</c> checked for what they name:
/// titles and summaries as written, stems and explanations as markdown, choices as plain text, each short enough
/// for a phone once rendered.
/// </summary>
public sealed class TrainingContentSource(IReadOnlyList<TrainingModule> modules) : IContentSource
{
    public IEnumerable<ModuleTitle> Modules => modules.Select(m => new ModuleTitle(m.Id, m.Title));

    public IEnumerable<ContentProblem> Check(string folder, ContentReferenceScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var training = Path.Combine(folder, TrainingCatalog.Folder);
        var files = Directory.Exists(training) ? Directory.GetFiles(training, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        return files.SelectMany(path => Module(scan, $"content/{TrainingCatalog.Folder}/{Path.GetFileName(path)}", ContentReferenceScan.Load(path))).ToList();
    }

    private static IEnumerable<ContentProblem> Module(ContentReferenceScan scan, string file, YamlMappingNode? module)
    {
        if (module is null)
        {
            yield break;
        }

        foreach (var problem in scan.Text(file, module, "title", TextRole.Unrendered, null).Concat(scan.Text(file, module, "summary", TextRole.Unrendered, null)))
        {
            yield return problem;
        }

        foreach (var question in (YamlFile.Child(module, "questions") as YamlSequenceNode)?.OfType<YamlMappingNode>() ?? [])
        {
            foreach (var problem in scan.Text(file, question, "stem", TextRole.Markdown, TrainingContentLoader.MaxStem)
                .Concat(scan.Text(file, question, "explanation", TextRole.Markdown, TrainingContentLoader.MaxExplanation)))
            {
                yield return problem;
            }

            foreach (var choice in (YamlFile.Child(question, "choices") as YamlSequenceNode)?.OfType<YamlMappingNode>() ?? [])
            {
                foreach (var problem in scan.Text(file, choice, "text", TextRole.Plain, TrainingContentLoader.MaxChoice))
                {
                    yield return problem;
                }
            }
        }
    }
}
