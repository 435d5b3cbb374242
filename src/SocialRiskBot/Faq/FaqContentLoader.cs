using System.Text.RegularExpressions;
using SocialRiskBot.Content;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Faq;

/// <summary>
/// Reads and checks the FAQ content. Every problem names the file and line; content with any problem is
/// refused as a whole (never half-loaded).
/// </summary>
public static partial class FaqContentLoader
{
    public const string FaqFile = "faq.yaml";
    public const string SynonymsFile = "synonyms.yaml";
    public const string OffTopicFile = "off-topic.yaml";

    /// <returns>The content, or null with the problems found.</returns>
    public static (FaqContent? Content, IReadOnlyList<ContentProblem> Problems) Load(string folder, IReadOnlyCollection<string> departmentIds)
    {
        var problems = new List<ContentProblem>();
        var faq = new YamlFile("content/" + FaqFile, problems);
        var entries = ReadEntries(faq, faq.Load(Path.Combine(folder, FaqFile)), departmentIds);
        var synonyms = new YamlFile("content/" + SynonymsFile, problems);
        var groups = ReadSynonyms(synonyms, synonyms.Load(Path.Combine(folder, SynonymsFile)));
        var offTopic = OffTopicReader.Read(new YamlFile("content/" + OffTopicFile, problems), Path.Combine(folder, OffTopicFile));
        return problems.Count == 0 ? (new FaqContent(entries, groups) { OffTopic = offTopic }, problems) : (null, problems);
    }

    private static List<FaqEntry> ReadEntries(YamlFile file, YamlMappingNode? root, IReadOnlyCollection<string> departmentIds)
    {
        var entries = new List<FaqEntry>();
        if (root is null)
        {
            return entries;
        }

        if (YamlFile.Child(root, "entries") is not YamlSequenceNode list)
        {
            file.Problem(root, "'entries' must be a list of FAQ entries");
            return entries;
        }

        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var followUps = new List<(string Id, YamlNode Node)>();
        foreach (var node in list)
        {
            if (node is not YamlMappingNode map)
            {
                file.Problem(node, "each entry must be a mapping (id:, topic:, question:, …)");
                continue;
            }

            if (ReadEntry(file, map, departmentIds, followUps) is not { } entry)
            {
                continue;
            }

            if (firstLine.TryGetValue(entry.Id, out var line))
            {
                file.Problem(map, $"the id '{entry.Id}' is already used on line {line}");
                continue;
            }

            firstLine[entry.Id] = map.Start.Line;
            entries.Add(entry);
        }

        foreach (var (id, node) in followUps.Where(f => !firstLine.ContainsKey(f.Id)))
        {
            file.Problem(node, $"followUps names '{id}', which is not an entry");
        }

        foreach (var topic in FaqTopics.All.Where(t => entries.All(e => e.Topic != t)))
        {
            file.Problem(list, $"the topic '{topic}' has no entry");
        }

        return entries;
    }

    private static FaqEntry? ReadEntry(YamlFile file, YamlMappingNode map, IReadOnlyCollection<string> departmentIds, List<(string, YamlNode)> followUps)
    {
        var before = file.ProblemsSoFar;
        var id = file.Text(map, "id", required: true);
        var topic = file.Text(map, "topic", required: true);
        var question = file.Text(map, "question", required: true);
        var answer = file.Text(map, "answer", required: true);
        var owner = file.Text(map, "owner", required: true);
        var alternates = file.Texts(map, "alternates");
        var follows = file.Texts(map, "followUps");
        var tags = file.Texts(map, "tags");
        var policy = YamlFile.Child(map, "policy") as YamlMappingNode;
        var (policyTitle, policyLink) = policy is null ? (null, null) : (file.Text(policy, "title", required: true), file.Text(policy, "link", required: true));

        if (id is not null && !Id().IsMatch(id))
        {
            file.Problem(map, $"the id '{id}' must be lower-case words joined by hyphens");
        }

        if (topic is not null && !FaqTopics.All.Contains(topic))
        {
            file.Problem(map, $"'{topic}' is not a topic (see the list in src/SocialRiskBot/Faq/FaqTopics.cs)");
        }

        if (alternates.Count < FaqEntry.MinAlternates)
        {
            file.Problem(map, $"give at least {FaqEntry.MinAlternates} alternates (ways people really ask); there are {alternates.Count}");
        }

        if (answer is { Length: > FaqEntry.MaxAnswer })
        {
            file.Problem(YamlFile.Child(map, "answer")!, $"the answer is {answer.Length:N0} characters; keep it to {FaqEntry.MaxAnswer:N0} so it reads on a phone");
        }

        if (owner is not null && !departmentIds.Contains(owner))
        {
            file.Problem(map, $"the owner '{owner}' is not a department");
        }

        if (policy is null)
        {
            file.Problem(map, "'policy' is required, with a title: and a link:");
        }
        else if (policyLink is not null && (!Uri.TryCreate(policyLink, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttps && link.Scheme != Uri.UriSchemeHttp)))
        {
            file.Problem(policy, $"the policy link '{policyLink}' must be a web address");
        }

        followUps.AddRange(follows.Where(f => f.Text != id));
        if (follows.Any(f => f.Text == id))
        {
            file.Problem(map, "an entry cannot follow up with itself");
        }

        return file.ProblemsSoFar > before || id is null || topic is null || question is null || answer is null || owner is null || policyTitle is null || policyLink is null
            ? null
            : new FaqEntry(id, topic, question, [.. alternates.Select(a => a.Text)], answer, policyTitle, policyLink, owner, [.. follows.Select(f => f.Text)], [.. tags.Select(t => t.Text)]);
    }

    private static List<IReadOnlyList<string>> ReadSynonyms(YamlFile file, YamlMappingNode? root)
    {
        var groups = new List<IReadOnlyList<string>>();
        if (root is null)
        {
            return groups;
        }

        if (YamlFile.Child(root, "groups") is not YamlSequenceNode list)
        {
            file.Problem(root, "'groups' must be a list of lists of words that mean the same");
            return groups;
        }

        foreach (var node in list)
        {
            var words = node is YamlSequenceNode group
                ? group.OfType<YamlScalarNode>().Select(w => w.Value?.Trim().ToLowerInvariant()).Where(w => !string.IsNullOrEmpty(w)).Distinct().ToList()
                : [];
            if (words.Count < 2)
            {
                file.Problem(node, "each group lists at least two words or phrases");
                continue;
            }

            groups.Add(words!);
        }

        return groups;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Id();
}
