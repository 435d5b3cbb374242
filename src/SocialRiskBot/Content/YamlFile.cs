using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialRiskBot.Content;

/// <summary>A YAML content file read as nodes that remember their line, so every problem can name it.</summary>
internal sealed class YamlFile(string displayName, List<ContentProblem> problems)
{
    public string Name => displayName;

    public int ProblemsSoFar => problems.Count;

    /// <returns>The root mapping, or null (with a problem) when the file is missing or not valid YAML.</returns>
    public YamlMappingNode? Load(string path)
    {
        if (!File.Exists(path))
        {
            problems.Add(new ContentProblem(displayName, 0, "the file is missing"));
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            problems.Add(new ContentProblem(displayName, 1, "the file must hold one YAML mapping (key: value lines)"));
        }
        catch (YamlException ex)
        {
            problems.Add(new ContentProblem(displayName, ex.Start.Line, $"not valid YAML: {ex.InnerException?.Message ?? ex.Message}"));
        }

        return null;
    }

    public void Problem(YamlNode at, string message) => problems.Add(new ContentProblem(displayName, at.Start.Line, message));

    public static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <returns>The trimmed text, or null (with a problem when required) for a missing, empty or non-text value.</returns>
    public string? Text(YamlMappingNode map, string key, bool required)
    {
        var node = Child(map, key);
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        if (node is not null and not YamlScalarNode)
        {
            Problem(node, $"'{key}' must be text");
        }
        else if (required)
        {
            Problem(map, $"'{key}' is required");
        }

        return null;
    }

    /// <returns>The list's texts (empty when the key is absent); a problem for anything but a list of text.</returns>
    public IReadOnlyList<(string Text, YamlNode Node)> Texts(YamlMappingNode map, string key)
    {
        var node = Child(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            Problem(node, $"'{key}' must be a list");
            return [];
        }

        var texts = new List<(string, YamlNode)>();
        foreach (var item in list)
        {
            if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
            {
                texts.Add((value.Trim(), item));
            }
            else
            {
                Problem(item, $"every item of '{key}' must be non-empty text");
            }
        }

        return texts;
    }
}
