using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>
/// An entity of an activity, e.g. <c>{"type":"mention","mentioned":{…},"text":"&lt;at&gt;…&lt;/at&gt;"}</c> or
/// <c>{"type":"clientInfo","locale","country","platform","timezone"}</c>. Fields other than <c>type</c> stay raw.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public string? GetString(string name) =>
        Properties is not null && Properties.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
