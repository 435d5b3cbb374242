using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Cards;

/// <summary>All templates of <c>cards/</c>, loaded and checked once; renders a card model into an attachment.</summary>
public sealed class CardRenderer
{
    private static readonly JsonSerializerOptions DataJson = new(JsonSerializerDefaults.Web);
    private readonly FrozenDictionary<string, CardTemplate> _templates;

    // A card whose model carries no data (help) is the same every time: rendered once per template.
    private readonly ConcurrentDictionary<string, JsonElement> _withoutData = new(StringComparer.Ordinal);

    public CardRenderer(IEnumerable<CardTemplate> templates)
    {
        _templates = templates.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>Loads every <c>*.json</c> of the folder except sample data (<c>*.data.json</c>); a bad template stops startup.</summary>
    public static CardRenderer LoadFrom(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Card templates folder not found: {folder}");
        }

        var templates = Directory.EnumerateFiles(folder, "*.json")
            .Where(f => !f.EndsWith(".data.json", StringComparison.OrdinalIgnoreCase))
            .Select(f => CardTemplate.Parse(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));
        return new CardRenderer(templates);
    }

    public IEnumerable<string> TemplateNames => _templates.Keys;

    /// <summary>Every card model of the application must have its template.</summary>
    public void EnsureEveryModelHasItsTemplate()
    {
        var missing = CardCatalog.Entries.Select(e => e.TemplateName).Where(name => !_templates.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new CardTemplateException(missing[0], "$", $"no such template in cards/ (missing: {string.Join(", ", missing)})");
        }
    }

    public Attachment Render<TModel>(TModel model)
        where TModel : ICardModel
    {
        if (!_templates.TryGetValue(TModel.TemplateName, out var template))
        {
            throw new CardTemplateException(TModel.TemplateName, "$", "no such template in cards/");
        }

        var data = JsonSerializer.SerializeToNode(model, DataJson) as JsonObject ?? [];
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCardContentType,
            Content = data.Count == 0
                ? _withoutData.GetOrAdd(TModel.TemplateName, static (_, t) => Bind(t, []), template)
                : Bind(template, data),
        };
    }

    private static JsonElement Bind(CardTemplate template, JsonObject data) =>
        JsonSerializer.SerializeToElement(template.Render(data), DataJson);
}
