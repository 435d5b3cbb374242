using System.Text.Json.Nodes;

namespace SocialRiskBot.MixedBench;

/// <summary>The activities Teams would POST to the bot: a typed message or a card submit in personal chat, a press in a channel thread.</summary>
public sealed class Inbound(string serviceUrl)
{
    private static readonly string Run = Guid.NewGuid().ToString("N")[..6];
    private static long _sequence;

    public static string PersonalConversation(int user) => $"a:personal-bench-{user}";

    public string Message(int user, string text) => Personal(user, new JsonObject { ["text"] = text });

    /// <summary>A card's Action.Submit: its data merged with the inputs, replying to the card's message.</summary>
    public string Submit(int user, JsonObject value, string cardMessageId) =>
        Personal(user, new JsonObject { ["value"] = value, ["replyToId"] = cardMessageId });

    /// <summary>A responder pressing a case card's button in its channel thread.</summary>
    public string CasePress(int responder, string threadId, string cardMessageId, JsonObject value)
    {
        var activity = Common(new JsonObject { ["id"] = $"29:responder-{responder}", ["name"] = $"Responder {responder}", ["aadObjectId"] = BotSettings.ResponderAadId(responder) });
        activity["conversation"] = new JsonObject { ["id"] = threadId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "t1" };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "t1" },
            ["team"] = new JsonObject { ["id"] = BotSettings.TeamId },
            ["channel"] = new JsonObject { ["id"] = threadId[..threadId.IndexOf(';', StringComparison.Ordinal)] },
        };
        activity["value"] = value;
        activity["replyToId"] = cardMessageId;
        return activity.ToJsonString();
    }

    private string Personal(int user, JsonObject shape)
    {
        var activity = Common(new JsonObject { ["id"] = $"29:bench-{user}", ["name"] = $"Bench User {user}", ["aadObjectId"] = $"aad-bench-{user}" });
        activity["conversation"] = new JsonObject { ["id"] = PersonalConversation(user), ["conversationType"] = "personal", ["tenantId"] = "t1" };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } };
        activity["localTimezone"] = "Europe/London";
        foreach (var (key, value) in shape)
        {
            activity[key] = value?.DeepClone();
        }

        return activity.ToJsonString();
    }

    private JsonObject Common(JsonObject from) => new()
    {
        ["type"] = "message",
        ["id"] = $"mix-{Run}-{Interlocked.Increment(ref _sequence)}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = from,
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "SocialRiskBot" },
        ["locale"] = "en-US",
    };
}
