using SocialRiskBot.Content;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Faq;

/// <summary>
/// The questions and answers of <c>faq.yaml</c>, checked for what they name: a question is shown as written (no
/// placeholders), an answer is markdown that must still read on a phone once rendered.
/// </summary>
public sealed class FaqContentSource : IContentSource
{
    private const string File = "content/" + FaqContentLoader.FaqFile;

    public IEnumerable<ContentProblem> Check(string folder, ContentReferenceScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        if (ContentReferenceScan.Load(Path.Combine(folder, FaqContentLoader.FaqFile)) is not { } faq || YamlFile.Child(faq, "entries") is not YamlSequenceNode entries)
        {
            return [];
        }

        return entries.OfType<YamlMappingNode>().SelectMany(entry =>
            scan.Text(File, entry, "question", TextRole.Unrendered, null)
                .Concat(scan.Text(File, entry, "answer", TextRole.Markdown, FaqEntry.MaxAnswer)));
    }
}
