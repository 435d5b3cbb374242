using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>
/// The one JSON dialect of the protocol: camelCase, case-insensitive reading, nulls left out. Use
/// <see cref="Wire"/>: it also leaves non-ASCII text and punctuation unescaped, which keeps messages small
/// (Teams counts message size) and readable; the payloads are JSON bodies, never embedded in HTML.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = 64)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(List<ChannelAccount>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class BotJson : JsonSerializerContext
{
    public static BotJson Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
