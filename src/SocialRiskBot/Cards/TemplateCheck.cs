using System.Text.Json.Nodes;

namespace SocialRiskBot.Cards;

/// <summary>Refuses, when a template loads, anything our engine would not render exactly as the official one does.</summary>
internal sealed class TemplateCheck(string template)
{
    public void Check(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (!CheckKey(obj, key, value))
                    {
                        Check(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Check(item);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                CheckText(value, text);
                break;
        }
    }

    /// <returns>True when the key's value is fully checked here (a binding), false when it is ordinary content.</returns>
    private bool CheckKey(JsonObject owner, string key, JsonNode? value)
    {
        switch (key)
        {
            case "$schema":
                return false;
            case "$data":
                RequireWholeExpression(owner, key, value, allowNegation: false);
                return true;
            case "$when":
                RequireWholeExpression(owner, key, value, allowNegation: true);
                return true;
            default:
                if (key.Contains('$', StringComparison.Ordinal))
                {
                    throw new CardTemplateException(template, Path(owner, key), $"'{key}' is not supported by our template engine");
                }

                return false;
        }
    }

    private void RequireWholeExpression(JsonObject owner, string key, JsonNode? value, bool allowNegation)
    {
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var expression = text is { Length: > 3 } && text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}')
            ? TemplateExpression.TryParse(text[2..^1])
            : null;
        if (expression is null || (expression.Negated && !allowNegation) || text!.IndexOf("${", 2, StringComparison.Ordinal) >= 0)
        {
            throw new CardTemplateException(template, Path(owner, key),
                $"{key} must be one expression like \"${{items}}\"{(allowNegation ? " or \"${!flag}\"" : string.Empty)}, not {value?.ToJsonString() ?? "null"}");
        }
    }

    private void CheckText(JsonValue at, string text)
    {
        foreach (System.Text.RegularExpressions.Match match in TemplateExpression.Embedded().Matches(text))
        {
            var expression = TemplateExpression.TryParse(match.Groups["body"].Value);
            if (expression is null || expression.Negated)
            {
                throw new CardTemplateException(template, at.GetPath(), $"unsupported expression \"{match.Value}\" (only ${{path}} is supported)");
            }
        }

        var rest = TemplateExpression.Embedded().Replace(text, string.Empty);
        if (rest.Contains("${", StringComparison.Ordinal))
        {
            throw new CardTemplateException(template, at.GetPath(), $"unsupported expression in \"{text}\" (only ${{path}} is supported)");
        }
    }

    private static string Path(JsonObject owner, string key) => owner.GetPath() + "." + key;
}
