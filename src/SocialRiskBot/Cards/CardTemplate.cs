using System.Text.Json.Nodes;

namespace SocialRiskBot.Cards;

/// <summary>
/// One card template from <c>cards/</c>, with the part of Adaptive Cards Templating our templates use:
/// <c>${path}</c> as a whole value (keeping its type) or inside text; <c>$data</c> binding an object to an
/// object of the data, or repeating it for each item of a list (<c>$index</c> counts); <c>$when</c> keeping
/// an object only when a true/false value is true; <c>$root</c>. Anything else is refused when the template
/// loads, and a data mismatch fails the render — each naming the template and the JSON path.
/// </summary>
public sealed class CardTemplate
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    private readonly JsonObject _root;

    private CardTemplate(string name, JsonObject root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new CardTemplateException(name, "$", $"not valid JSON ({ex.Message})");
        }

        if (root is not JsonObject card)
        {
            throw new CardTemplateException(name, "$", "a card template must be a JSON object");
        }

        new TemplateCheck(name).Check(card);
        return new CardTemplate(name, card);
    }

    /// <summary>Binds <paramref name="data"/> into a fresh card.</summary>
    public JsonObject Render(JsonNode data)
    {
        var cards = Expand(_root, new TemplateScope(data, data, null)).ToList();
        return cards.Count == 1 ? cards[0] : throw Fail(_root, "the card itself must render exactly once");
    }

    /// <summary>An object of the template becomes none (<c>$when</c> false), one, or one per item of its <c>$data</c> list.</summary>
    private IEnumerable<JsonObject> Expand(JsonObject template, TemplateScope scope)
    {
        if (!template.TryGetPropertyValue(DataKey, out var binding))
        {
            return When(template, scope) ? [Bind(template, scope)] : [];
        }

        var value = Expression(binding!).Evaluate(scope, problem => Fail(binding!, problem));
        var scopes = value is JsonArray list
            ? list.Select((item, index) => scope with { Data = item, Index = index })
            : [scope with { Data = value }];
        return scopes.Where(s => When(template, s)).Select(s => Bind(template, s)).ToList();
    }

    private bool When(JsonObject template, TemplateScope scope) =>
        !template.TryGetPropertyValue(WhenKey, out var when) || Expression(when!).IsTrue(scope, problem => Fail(when!, problem));

    private JsonObject Bind(JsonObject template, TemplateScope scope)
    {
        var bound = new JsonObject();
        foreach (var (key, value) in template)
        {
            if (key is DataKey or WhenKey)
            {
                continue;
            }

            if (value is JsonObject child)
            {
                var expanded = Expand(child, scope).ToList();
                if (expanded.Count > 1)
                {
                    throw Fail(child, "a $data list can only repeat items of a list");
                }

                if (expanded.Count == 1)
                {
                    bound[key] = expanded[0];
                }

                continue;
            }

            bound[key] = BindValue(value, scope);
        }

        return bound;
    }

    private JsonNode? BindValue(JsonNode? value, TemplateScope scope) => value switch
    {
        JsonArray array => new JsonArray([.. array.SelectMany<JsonNode?, JsonNode?>(item => item is JsonObject obj ? Expand(obj, scope) : [BindValue(item, scope)])]),
        JsonValue text when text.TryGetValue<string>(out var s) => BindString(s, text, scope),
        _ => value?.DeepClone(),
    };

    private JsonNode? BindString(string text, JsonNode at, TemplateScope scope)
    {
        var expressions = TemplateExpression.Embedded().Matches(text);
        if (expressions.Count == 0)
        {
            return JsonValue.Create(text);
        }

        Exception Problem(string problem) => Fail(at, problem);
        if (expressions.Count == 1 && expressions[0].Length == text.Length)
        {
            // A whole-value expression keeps the data's type (number, true/false, object, list).
            return Expression(at).Evaluate(scope, Problem)?.DeepClone();
        }

        return JsonValue.Create(TemplateExpression.Embedded().Replace(text, m =>
            TemplateExpression.Format(TemplateExpression.TryParse(m.Groups["body"].Value)!.Evaluate(scope, Problem), Problem)));
    }

    /// <summary>The expression a string value holds entirely (checked at load).</summary>
    private static TemplateExpression Expression(JsonNode node)
    {
        var text = node.GetValue<string>();
        return TemplateExpression.TryParse(text[2..^1])!;
    }

    private CardTemplateException Fail(JsonNode at, string problem) => new(Name, at.GetPath(), problem);
}
