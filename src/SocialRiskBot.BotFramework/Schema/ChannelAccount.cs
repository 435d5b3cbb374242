using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation. Teams user ids look like <c>29:…</c>, bots <c>28:&lt;appId&gt;</c>.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The Entra object id of the user.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    /// <summary>Teams adds fields such as email and userPrincipalName; they are kept here.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
