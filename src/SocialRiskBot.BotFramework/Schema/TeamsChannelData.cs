using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>The Teams part of <c>channelData</c> (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/get-teams-context). Used both to read inbound and to address outbound.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }

    public TeamInfo? Team { get; set; }

    public ChannelInfo? Channel { get; set; }

    public string? EventType { get; set; }

    public TeamsChannelSettings? Settings { get; set; }

    public NotificationInfo? Notification { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadGroupId { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }
}

public sealed class TeamsChannelSettings
{
    public ChannelInfo? SelectedChannel { get; set; }
}

public sealed class NotificationInfo
{
    public bool? Alert { get; set; }

    public bool? AlertInMeeting { get; set; }

    public string? ExternalResourceUrl { get; set; }
}
