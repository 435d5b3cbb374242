using System.Text.Json.Nodes;

namespace SocialRiskBot.MixedBench;

/// <summary>Reads a delivered activity's Adaptive Card as a Teams client does: its Action.Submit buttons and choice inputs.</summary>
public sealed class CardReader
{
    private readonly List<JsonObject> _submits = [];
    private readonly List<JsonObject> _choiceSets = [];

    public CardReader(Delivered delivered)
    {
        var card = JsonNode.Parse(delivered.Json)?["attachments"]?[0]?["content"] ?? JsonNode.Parse(delivered.Json)?["activity"]?["attachments"]?[0]?["content"];
        if (card is not null)
        {
            Walk(card);
        }
    }

    public CardReader(CaseThread thread)
        : this(new Delivered("POST", thread.ConversationId, thread.MessageId, thread.CardJson))
    {
    }

    /// <summary>The data of the first button with this command (and title, when given), with the inputs added; null when there is none.</summary>
    public JsonObject? Submit(string command, string? title = null, params (string Key, string Value)[] inputs)
    {
        var action = _submits.FirstOrDefault(a => a["data"]?["command"]?.GetValue<string>() == command && (title is null || a["title"]?.GetValue<string>() == title));
        if (action?["data"]?.DeepClone() is not JsonObject data)
        {
            return null;
        }

        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }

    public IEnumerable<string> Titles(string command) =>
        _submits.Where(a => a["data"]?["command"]?.GetValue<string>() == command).Select(a => a["title"]?.GetValue<string>() ?? string.Empty);

    public IEnumerable<JsonObject> Data(string command) =>
        _submits.Select(a => a["data"]).OfType<JsonObject>().Where(d => d["command"]?.GetValue<string>() == command).Select(d => d.DeepClone().AsObject());

    /// <summary>The values of the choice input with this id.</summary>
    public IReadOnlyList<string> Choices(string inputId) =>
        [.. _choiceSets.Where(s => s["id"]?.GetValue<string>() == inputId).SelectMany(s => s["choices"]?.AsArray() ?? []).Select(c => c?["value"]?.GetValue<string>()).OfType<string>()];

    private void Walk(JsonNode node)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                Walk(item);
            }

            return;
        }

        if (node is not JsonObject obj)
        {
            return;
        }

        var type = obj["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        if (type == "Action.Submit")
        {
            _submits.Add(obj);
        }
        else if (type == "Input.ChoiceSet")
        {
            _choiceSets.Add(obj);
        }

        foreach (var (_, child) in obj)
        {
            if (child is not null)
            {
                Walk(child);
            }
        }
    }
}
