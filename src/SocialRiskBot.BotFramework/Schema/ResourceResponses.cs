namespace SocialRiskBot.BotFramework.Schema;

/// <summary>What the connector answers to a send, reply or update: the id of the activity.</summary>
public sealed class ResourceResponse
{
    public string? Id { get; set; }
}

/// <summary>What <c>POST v3/conversations</c> answers: the conversation (or thread) id and the first activity's id.</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }

    public string? ActivityId { get; set; }

    public string? ServiceUrl { get; set; }
}

public sealed class PagedMembersResult
{
    public string? ContinuationToken { get; set; }

    public List<ChannelAccount>? Members { get; set; }
}

/// <summary>The <c>expectReplies</c> response body.</summary>
public sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}

/// <summary>Connector error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorBody? Error { get; set; }
}

public sealed class ErrorBody
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}
