using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Cards;

/// <summary>
/// One card template from <c>cards/</c>. It supports the part of Adaptive Cards Templating our templates use
/// today: <c>${path}</c> as a whole value or inside a string, with <c>$root.</c> allowed. Anything else
/// (<c>$data</c>, <c>$when</c>, functions) is refused when the template loads, naming the template and the JSON path.
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonNode _root;

    private CardTemplate(string name, JsonNode root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json) ?? throw new CardTemplateException(name, "$", "the template is empty");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new CardTemplateException(name, "$", $"not valid JSON ({ex.Message})");
        }

        Check(name, root);
        return new CardTemplate(name, root);
    }

    /// <summary>Binds <paramref name="data"/> into a fresh copy of the template.</summary>
    public JsonObject Render(JsonNode data) =>
        Bind(_root, data)?.AsObject() ?? throw new CardTemplateException(Name, "$", "rendered to nothing");

    private JsonNode? Bind(JsonNode? node, JsonNode data) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Bind(p.Value, data)))),
        JsonArray array => new JsonArray([.. array.Select(item => Bind(item, data))]),
        JsonValue value when value.TryGetValue<string>(out var text) => BindString(text, data, value.GetPath()),
        _ => node?.DeepClone(),
    };

    private JsonNode? BindString(string text, JsonNode data, string jsonPath)
    {
        var whole = Expression().Match(text);
        if (whole.Success && whole.Length == text.Length)
        {
            // A whole-value expression keeps the data's type (number, bool, object).
            return Resolve(whole.Groups["path"].Value, data, jsonPath)?.DeepClone();
        }

        return Expression().Replace(text, m => Resolve(m.Groups["path"].Value, data, jsonPath) switch
        {
            null => string.Empty,
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            var other => other.ToJsonString(),
        });
    }

    private JsonNode? Resolve(string path, JsonNode data, string jsonPath)
    {
        var current = data;
        foreach (var segment in path.Split('.'))
        {
            if (segment == "$root")
            {
                current = data;
                continue;
            }

            if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out current))
            {
                throw new CardTemplateException(Name, jsonPath, $"the data has no '{path}'");
            }
        }

        return current;
    }

    private static void Check(string name, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key.StartsWith('$') && key != "$schema")
                    {
                        throw new CardTemplateException(name, obj.GetPath() + "." + key, $"'{key}' is not supported by our template engine yet");
                    }

                    Check(name, value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Check(name, item);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var withoutExpressions = Expression().Replace(text, string.Empty);
                if (withoutExpressions.Contains("${", StringComparison.Ordinal))
                {
                    throw new CardTemplateException(name, value.GetPath(), $"unsupported expression in \"{text}\" (only ${{path}} is supported)");
                }

                break;
        }
    }

    [GeneratedRegex(@"\$\{(?<path>(\$root\.)?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*)\}")]
    private static partial Regex Expression();
}
