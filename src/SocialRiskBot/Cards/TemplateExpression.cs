using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Cards;

/// <summary>
/// The expressions our templates may use: a path such as <c>name</c>, <c>case.reporter.name</c>,
/// <c>$root.title</c>, <c>$data</c> or <c>$index</c>, and (in <c>$when</c> only) its negation <c>!path</c>.
/// </summary>
internal sealed partial record TemplateExpression(string[] Path, bool Negated, string Text)
{
    /// <summary>Every <c>${…}</c> in a string, well-formed or not (the check tells them apart).</summary>
    [GeneratedRegex(@"\$\{(?<body>[^}]*)\}")]
    public static partial Regex Embedded();

    [GeneratedRegex(@"^(?<not>!)?(?<path>(\$root|\$data|\$index|[A-Za-z_][A-Za-z0-9_]*)(\.[A-Za-z_][A-Za-z0-9_]*)*)$")]
    private static partial Regex Grammar();

    public static TemplateExpression? TryParse(string body)
    {
        var match = Grammar().Match(body.Trim());
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value.Split('.');
        if (path.Skip(1).Any(s => s.StartsWith('$')) || (path[0] == "$index" && path.Length > 1))
        {
            return null; // $root/$data/$index only lead a path, and $index has no members
        }

        return new TemplateExpression(path, match.Groups["not"].Success, body);
    }

    /// <summary>The value at the path; a missing member fails loudly rather than leaving a hole in a card.</summary>
    public JsonNode? Evaluate(TemplateScope scope, Func<string, Exception> fail)
    {
        JsonNode? current = Path[0] switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } index ? JsonValue.Create(index) : throw fail("$index is used outside a $data repetition"),
            _ => Member(scope.Data, Path[0], fail),
        };
        foreach (var segment in Path.Skip(1))
        {
            current = Member(current, segment, fail);
        }

        return current;
    }

    /// <summary><c>$when</c> keeps an element only for a boolean true (the official engine drops anything else).</summary>
    public bool IsTrue(TemplateScope scope, Func<string, Exception> fail)
    {
        var value = Evaluate(scope, fail);
        if (value is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw fail($"$when needs a true/false value but '{string.Join('.', Path)}' is {Describe(value)}");
        }

        return v.GetValue<bool>() != Negated;
    }

    /// <summary>How a value reads inside a longer string: text as is, numbers as JavaScript writes them, true/false.</summary>
    public static string Format(JsonNode? value, Func<string, Exception> fail) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsNumberFormat.Format(double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture)),
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => throw fail($"only text, numbers and true/false can be placed inside text, not {Describe(value)}"),
    };

    private static JsonNode? Member(JsonNode? node, string name, Func<string, Exception> fail)
    {
        if (node is JsonObject obj && obj.TryGetPropertyValue(name, out var value))
        {
            return value;
        }

        throw fail($"the data has no '{name}'");
    }

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => value.GetValueKind().ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
