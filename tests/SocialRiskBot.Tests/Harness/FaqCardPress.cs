using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialRiskBot.Tests.Harness;

/// <summary>Presses a card's button the way Teams does: sends the data of the action with that title, plus any inputs.</summary>
public static class FaqCardPress
{
    public const string CardId = "faq-card-msg";

    /// <summary>Presses in personal chat and returns what came back (the replacement card, or the reply).</summary>
    public static async Task<string> PressAsync(ConversationHarness bot, string card, string command, string title, object? inputs = null)
    {
        var reply = Assert.Single(await bot.SendAsync(bot.PersonalSubmit(Data(card, command, title, inputs), CardId)));
        return ReportDriver.Json(reply);
    }

    /// <summary>The submitted values of the action titled <paramref name="title"/> whose command is <paramref name="command"/>.</summary>
    public static JsonObject Data(string card, string command, string title, object? inputs = null)
    {
        var data = Actions(JsonNode.Parse(card)!)
            .FirstOrDefault(a => a["title"]?.GetValue<string>() == title && a["data"]?["command"]?.GetValue<string>() == command)?["data"]?.DeepClone().AsObject()
            ?? throw new Xunit.Sdk.XunitException($"No '{title}' button with command {command} in the card:\n{card}");
        if (inputs is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject())
            {
                data[key] = value?.DeepClone();
            }
        }

        return data;
    }

    private static IEnumerable<JsonObject> Actions(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj["type"]?.GetValueKind() == JsonValueKind.String && obj["type"]!.GetValue<string>() == "Action.Submit")
            {
                yield return obj;
            }

            foreach (var (_, child) in obj)
            {
                if (child is not null)
                {
                    foreach (var action in Actions(child))
                    {
                        yield return action;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>().SelectMany(Actions))
            {
                yield return item;
            }
        }
    }
}
