using SocialRiskBot.Content;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Faq;

/// <summary>Reads <c>content/off-topic.yaml</c>: <c>groups:</c>, each with a <c>name:</c> and <c>questions:</c>. The file is optional.</summary>
internal static class OffTopicReader
{
    public static IReadOnlyList<string> Read(YamlFile file, string path)
    {
        if (!File.Exists(path) || file.Load(path) is not { } root)
        {
            return [];
        }

        if (YamlFile.Child(root, "groups") is not YamlSequenceNode list)
        {
            file.Problem(root, "'groups' must be a list of groups, each with a name: and questions:");
            return [];
        }

        var questions = new List<string>();
        foreach (var node in list)
        {
            if (node is not YamlMappingNode group)
            {
                file.Problem(node, "each group must be a mapping (name:, questions:)");
                continue;
            }

            file.Text(group, "name", required: true);
            var texts = file.Texts(group, "questions");
            if (texts.Count == 0)
            {
                file.Problem(group, "give the group at least one question");
            }

            questions.AddRange(texts.Select(t => t.Text));
        }

        return questions;
    }
}
