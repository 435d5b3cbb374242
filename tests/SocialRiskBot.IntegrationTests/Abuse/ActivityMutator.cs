using System.Text;
using System.Text.Json.Nodes;

namespace SocialRiskBot.IntegrationTests.Abuse;

/// <summary>
/// Breaks a well-formed activity the way a buggy client or an attacker would, deterministically from a
/// <see cref="Random"/>: drops fields or nulls them, swaps types (numbers as strings and back, huge numbers,
/// empty objects, arrays where objects go), invents activity types, removes <c>from</c>/<c>conversation</c>/<c>serviceUrl</c>
/// and puts unicode junk in strings. Each mutation names itself, so a failing case says what was done.
/// </summary>
internal static class ActivityMutator
{
    private static readonly string[] Junk =
    [
        "\u202Eevil.exe\u202C", "\u200B\u200C\u200D\uFEFF", "\u0000\u0007\u001B[31m\u0008\u007F\u0085", "שלום مرحبا", "e\u0301\u0301\u0301",
        "\uD800", "\uDC00x", "𝕳𝖊𝖑𝖑𝖔 🏳️‍🌈", "[click](https://evil.example) **b** <at>x</at> <script>alert(1)</script>",
        "   ", "", "../../etc/passwd", "%00%2F%5C#?", "SMR-9999-9999", "29:alex", "null", "true", "-0", "1e309",
    ];

    private static readonly JsonNode?[] HugeNumbers =
    [
        JsonValue.Create(long.MaxValue), JsonValue.Create(long.MinValue), JsonValue.Create(1e308), JsonValue.Create(-1),
        JsonValue.Create(0), JsonValue.Create(2147483648L), JsonValue.Create(0.5), JsonNode.Parse("123456789012345678901234567890"),
    ];

    private static readonly string[] Types =
    [
        "message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing", "messageReaction", "endOfConversation",
        "MESSAGE", "message ", "somethingNew", "\u0000", "trace", "handoff",
    ];

    private static readonly string[] RequiredFields = ["from", "conversation", "serviceUrl", "type", "id", "channelId", "recipient", "value", "text"];

    /// <summary>Applies one to three mutations; returns what was done, for the failure message.</summary>
    public static string Mutate(JsonObject activity, Random random)
    {
        var done = new List<string>();
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            done.Add(MutateOnce(activity, random));
        }

        return string.Join("; ", done);
    }

    private static string MutateOnce(JsonObject activity, Random random)
    {
        switch (random.Next(10))
        {
            case 0:
                var field = RequiredFields[random.Next(RequiredFields.Length)];
                activity.Remove(field);
                return "removed " + field;
            case 1:
                activity["type"] = Types[random.Next(Types.Length)];
                return "type " + activity["type"]!.ToJsonString();
        }

        var places = Places(activity, "$").ToList();
        var (parent, key, index, path) = places[random.Next(places.Count)];
        var current = key is not null ? ((JsonObject)parent)[key] : ((JsonArray)parent)[index];
        var replacement = Replacement(current, random);
        if (replacement.Remove && key is not null)
        {
            ((JsonObject)parent).Remove(key);
            return "dropped " + path;
        }

        if (key is not null)
        {
            ((JsonObject)parent)[key] = replacement.Node;
        }
        else
        {
            ((JsonArray)parent)[index] = replacement.Node;
        }

        return $"{path} = {Show(replacement.Node)}";
    }

    private static (JsonNode? Node, bool Remove) Replacement(JsonNode? current, Random random) => random.Next(12) switch
    {
        0 => (null, true),
        1 => (null, false),
        2 => (current is JsonValue v && v.TryGetValue<string>(out var s) && long.TryParse(s, out var n) ? JsonValue.Create(n) : JsonValue.Create(current?.ToJsonString() ?? "null"), false),
        3 => (HugeNumbers[random.Next(HugeNumbers.Length)]?.DeepClone(), false),
        4 => (new JsonObject(), false),
        5 => (new JsonArray(current?.DeepClone() ?? JsonValue.Create("x"), new JsonObject()), false),
        6 => (JsonValue.Create(random.Next(2) == 0), false),
        7 => (JsonValue.Create(Junk[random.Next(Junk.Length)]), false),
        8 => (JsonValue.Create(LongJunk(random)), false),
        9 => (JsonValue.Create((current is JsonValue t && t.TryGetValue<string>(out var text) ? text : "x") + Junk[random.Next(Junk.Length)]), false),
        10 => (new JsonObject { ["id"] = Junk[random.Next(Junk.Length)], ["command"] = JsonValue.Create(random.Next()) }, false),
        _ => (JsonValue.Create(random.Next(int.MinValue, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture)), false),
    };

    /// <summary>Every property and array item, at any depth, with its path.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index, string Path)> Places(JsonNode node, string path)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, child) in obj.ToList())
            {
                yield return (obj, key, -1, $"{path}.{key}");
                if (child is not null)
                {
                    foreach (var inner in Places(child, $"{path}.{key}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                yield return (array, null, i, $"{path}[{i}]");
                if (array[i] is { } child)
                {
                    foreach (var inner in Places(child, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static string LongJunk(Random random)
    {
        var text = new StringBuilder();
        var length = 2_000 + random.Next(20_000);
        while (text.Length < length)
        {
            text.Append(Junk[random.Next(Junk.Length)]).Append(' ');
        }

        return text.ToString();
    }

    private static string Show(JsonNode? node)
    {
        var json = node?.ToJsonString() ?? "null";
        return json.Length > 60 ? json[..60] + $"… ({json.Length} chars)" : json;
    }
}
