using System.Net;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>A connector call that failed for good: after retries, or with a status that is not retried.</summary>
public sealed class ConnectorException(
    HttpStatusCode? status,
    string? errorCode,
    string message,
    string? operationId = null,
    Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Null when no HTTP response was received (untrusted URL, network failure, timeout).</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Teams' error code or subcode, e.g. <c>MessageWritesBlocked</c>, <c>ConversationBlockedByUser</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The <c>X-Correlating-OperationId</c> header, for support cases with Microsoft.</summary>
    public string? OperationId { get; } = operationId;

    /// <summary>The user blocked or uninstalled the bot: do not retry, mark them unreachable.</summary>
    public bool IsRecipientUnreachable =>
        Status == HttpStatusCode.Forbidden
        && ErrorCode is "MessageWritesBlocked" or "ConversationBlockedByUser" or "BotNotInConversationRoster";
}
